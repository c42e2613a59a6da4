package dk.servicelevel.incident.change;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A change to a system in operation, planned and announced, then carried out with a result. */
@Entity
public class SystemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String systemCode;
    @Enumerated(EnumType.STRING)
    public ChangeKind kind;
    public String title;
    public Instant plannedStartAt;
    public Instant plannedEndAt;
    public Instant actualStartAt;
    public Instant actualEndAt;
    public boolean withDowntime;
    public Instant announcedAt;
    public String announcedBy;
    @Enumerated(EnumType.STRING)
    public ChangeResult result;
    public String resultNote;
    @Version
    public long version;

    /** When the change starts or started: the actual start once known, else the planned one. */
    public Instant startAt() {
        return actualStartAt != null ? actualStartAt : plannedStartAt;
    }

    /** Its instants, for the rules of a change's times. */
    ChangeTimes times() {
        return new ChangeTimes(plannedStartAt, plannedEndAt, actualStartAt, actualEndAt, announcedAt, result != null);
    }
}
