package dk.servicelevel.booking.booking;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps pupils' pseudonyms (letters, digits, hyphens) comma-separated. */
@Converter
public class PseudonymListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> pseudonyms) {
        return pseudonyms == null ? "" : String.join(",", pseudonyms);
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }
}
