package dk.servicelevel.sla.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.NativeImageMetadata;

/** A native image has only the classes registered for it: Jollyday makes its manager and parsers by name. */
class HolidayCalendarNativeMetadataTest {

    @Test
    void registersEveryClassJollydayMakesByName() {
        assertThat(NativeImageMetadata.jollydayClassesMadeByName())
                .contains("de.focus_shift.jollyday.core.impl.DefaultHolidayManager", "de.focus_shift.jollyday.jaxb.JaxbConfigurationService");
        assertThat(NativeImageMetadata.reflectionTypes("sla-service")).containsAll(NativeImageMetadata.jollydayClassesMadeByName());
    }
}
