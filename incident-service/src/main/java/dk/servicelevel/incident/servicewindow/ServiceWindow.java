package dk.servicelevel.incident.servicewindow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Planned maintenance of a system, announced in advance (seed 002, section 4; seed 004). */
@Entity
public class ServiceWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String systemCode;
    public Instant startAt;
    public Instant endAt;
    public String purpose;
    public Instant announcedAt;
    public String announcedBy;
    @Version
    public long version;
}
