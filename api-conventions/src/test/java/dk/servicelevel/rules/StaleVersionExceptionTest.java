package dk.servicelevel.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StaleVersionExceptionTest {

    @Test
    void aChangeFromTheStoredVersionPassesAndFromAnOlderOneIsRefusedNamingBoth() {
        assertThatCode(() -> StaleVersionException.check("Incident INC-1", 4, 4)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StaleVersionException.check("Incident INC-1", 5, 4))
                .isInstanceOf(StaleVersionException.class)
                .hasMessage("Incident INC-1 is at version 5, not 4: fetch it again and reapply the change");
    }
}
