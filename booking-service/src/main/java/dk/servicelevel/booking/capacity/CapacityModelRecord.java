package dk.servicelevel.booking.capacity;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stored inputs of the capacity model. */
@Entity
@Table(name = "capacity_model")
public class CapacityModelRecord {

    public static final int ONLY = 1;

    @Id
    public Integer id;
    @Convert(converter = CapacityInputsConverter.class)
    public CapacityInputs inputs;
    public Instant updatedAt;
    public String updatedBy;
    @Version
    public long version;
}
