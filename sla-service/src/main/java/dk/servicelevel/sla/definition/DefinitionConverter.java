package dk.servicelevel.sla.definition;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Keeps a definition as JSON text, with durations and times in ISO 8601. */
@Converter
public class DefinitionConverter implements AttributeConverter<SlaDefinition, String> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    @Override
    public String convertToDatabaseColumn(SlaDefinition definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An SLA definition cannot be written as JSON", e);
        }
    }

    @Override
    public SlaDefinition convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, SlaDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored SLA definition cannot be read", e);
        }
    }
}
