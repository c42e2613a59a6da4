package dk.servicelevel.booking.capacity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Keeps the capacity model's inputs as JSON text (read by reflection, so registered for a native image). */
@Converter
@RegisterForReflection(targets = CapacityInputs.class, registerFullHierarchy = true)
public class CapacityInputsConverter implements AttributeConverter<CapacityInputs, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(CapacityInputs inputs) {
        try {
            return JSON.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The capacity inputs cannot be written as JSON", e);
        }
    }

    @Override
    public CapacityInputs convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, CapacityInputs.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored capacity inputs cannot be read", e);
        }
    }
}
