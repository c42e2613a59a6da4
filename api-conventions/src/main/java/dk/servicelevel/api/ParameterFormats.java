package dk.servicelevel.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads instants, dates, months, durations, time zones, booleans, whole numbers and enumerated values from parameters;
 * a malformed one is a 400 that names it (JAX-RS would answer 404, or read a malformed boolean as false).
 */
@Provider
public class ParameterFormats implements ParamConverterProvider {

    private record Format(Function<String, Object> parse, String example) {
    }

    private static final String WHOLE_NUMBER = "a whole number up to ";

    private static final Map<Class<?>, Format> FORMATS = Map.ofEntries(
            Map.entry(OffsetDateTime.class, new Format(OffsetDateTime::parse, "an ISO 8601 instant with offset, e.g. 2026-10-01T00:00:00+02:00")),
            Map.entry(YearMonth.class, new Format(YearMonth::parse, "a month as YYYY-MM, e.g. 2026-10")),
            Map.entry(LocalDate.class, new Format(LocalDate::parse, "a date as YYYY-MM-DD, e.g. 2026-10-14")),
            Map.entry(Duration.class, new Format(Duration::parse, "an ISO 8601 duration, e.g. PT1H")),
            Map.entry(ZoneId.class, new Format(ZoneId::of, "a time zone such as Europe/Copenhagen")),
            Map.entry(Boolean.class, new Format(ParameterFormats::strictBoolean, "true or false")),
            Map.entry(boolean.class, new Format(ParameterFormats::strictBoolean, "true or false")),
            Map.entry(Integer.class, new Format(Integer::valueOf, WHOLE_NUMBER + Integer.MAX_VALUE)),
            Map.entry(int.class, new Format(Integer::valueOf, WHOLE_NUMBER + Integer.MAX_VALUE)),
            Map.entry(Long.class, new Format(Long::valueOf, WHOLE_NUMBER + Long.MAX_VALUE)),
            Map.entry(long.class, new Format(Long::valueOf, WHOLE_NUMBER + Long.MAX_VALUE)));

    /** Only {@code true} or {@code false}: anything else (JAX-RS would read it as false) is a mistake. */
    private static Object strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Format format = rawType.isEnum() ? enumFormat(rawType) : FORMATS.get(rawType);
        if (format == null) {
            return null;
        }
        String name = nameOf(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) format.parse().apply(value);
                } catch (DateTimeException | IllegalArgumentException e) {
                    throw new MalformedParameterException(name, "must be " + format.example());
                }
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Format enumFormat(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return new Format(value -> Enum.valueOf((Class) type, value), "one of " + Arrays.toString(constants));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
