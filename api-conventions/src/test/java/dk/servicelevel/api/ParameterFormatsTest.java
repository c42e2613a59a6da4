package dk.servicelevel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

class ParameterFormatsTest {

    private final ParameterFormats formats = new ParameterFormats();

    @Test
    void readsEachTypeInItsIsoForm() {
        assertThat(converter(OffsetDateTime.class).fromString("2026-10-01T00:00:00+02:00"))
                .isEqualTo(OffsetDateTime.of(2026, 10, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(converter(YearMonth.class).fromString("2026-10")).isEqualTo(YearMonth.of(2026, 10));
        assertThat(converter(Duration.class).fromString("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(converter(ZoneId.class).fromString("Europe/Copenhagen")).isEqualTo(ZoneId.of("Europe/Copenhagen"));
        assertThat(converter(TimeUnit.class).fromString("SECONDS")).isEqualTo(TimeUnit.SECONDS);
        assertThat(converter(Boolean.class).fromString("false")).isFalse();
        assertThat(converter(YearMonth.class).fromString(null)).isNull();
    }

    @Test
    void aMalformedValueIsRefusedNamingTheParameterAndTheFormExpected() {
        assertThatThrownBy(() -> converter(YearMonth.class).fromString("2026-13"))
                .isInstanceOfSatisfying(MalformedParameterException.class, e -> assertThat(e.parameter()).isEqualTo("month"))
                .hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> converter(TimeUnit.class).fromString("FORTNIGHTS"))
                .isInstanceOf(MalformedParameterException.class).hasMessageContaining("SECONDS");
    }

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        assertThat(converter(boolean.class).fromString("true")).isTrue();
        assertThatThrownBy(() -> converter(boolean.class).fromString("yes")).isInstanceOf(MalformedParameterException.class);
    }

    @Test
    void aWholeNumberBeyondItsTypeOrNotANumberIsRefusedNotAnUnknownResource() {
        assertThat(converter(int.class).fromString("42")).isEqualTo(42);
        assertThat(converter(Long.class).fromString("-1")).isEqualTo(-1L);
        assertThatThrownBy(() -> converter(Integer.class).fromString("abc"))
                .isInstanceOf(MalformedParameterException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> converter(long.class).fromString("9223372036854775808"))
                .isInstanceOf(MalformedParameterException.class).hasMessageContaining(String.valueOf(Long.MAX_VALUE));
    }

    @Test
    void leavesOtherTypesToJaxRs() {
        assertThat(formats.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }

    private <T> ParamConverter<T> converter(Class<T> type) {
        return formats.getConverter(type, type, monthParameter());
    }

    private static Annotation[] monthParameter() {
        try {
            return Parameters.class.getDeclaredMethod("month", String.class).getParameterAnnotations()[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Parameters {
        void month(@QueryParam("month") String month);
    }
}
