package dk.servicelevel.sla.system;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A system in operation, known by its code to SLAs, incidents and reports. */
@Entity
@Table(name = "it_system")
public class ItSystem {

    @Id
    public String code;
    public String name;
    public String description;
    public String vendor;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
