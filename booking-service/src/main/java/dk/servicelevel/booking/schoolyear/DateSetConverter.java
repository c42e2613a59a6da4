package dk.servicelevel.booking.schoolyear;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a set of dates as comma-separated ISO dates. */
@Converter
public class DateSetConverter implements AttributeConverter<Set<LocalDate>, String> {

    @Override
    public String convertToDatabaseColumn(Set<LocalDate> dates) {
        return dates == null ? "" : new TreeSet<>(dates).stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    @Override
    public Set<LocalDate> convertToEntityAttribute(String text) {
        return text == null || text.isBlank() ? Set.of()
                : Arrays.stream(text.split(",")).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }
}
