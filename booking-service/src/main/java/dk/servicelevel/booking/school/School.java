package dk.servicelevel.booking.school;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A school that books test slots for its classes. */
@Entity
public class School {

    @Id
    public String institutionNumber;
    public String name;
    public String municipality;
    public Instant createdAt;
    @Version
    public long version;
}
