package dk.servicelevel.incident.incident;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Stores the remedy plan as a JSON array in one column, in a format of its own, apart from the API's. */
@Converter
public class RemedyPlanConverter implements AttributeConverter<List<RemedyAction>, String> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<RemedyAction>> PLAN = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<RemedyAction> plan) {
        try {
            return JSON.writeValueAsString(plan == null ? List.of() : plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A remedy plan could not be written as JSON", e);
        }
    }

    @Override
    public List<RemedyAction> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, PLAN);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored remedy plan is not valid JSON", e);
        }
    }
}
