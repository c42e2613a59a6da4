package dk.servicelevel.sla.definition;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An SLA of one system and layer; its rules are its versions. */
@Entity
public class Sla {

    @Id
    public String id;
    public String name;
    public String systemCode;
    @Enumerated(EnumType.STRING)
    public Layer layer;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
