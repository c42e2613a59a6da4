package dk.servicelevel.sla.definition;

import java.time.Instant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** The rules of an SLA in force from an instant until the next version's. */
@Entity
@Immutable
public class SlaVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slaId;
    public int number;
    public Instant validFrom;
    @Convert(converter = DefinitionConverter.class)
    public SlaDefinition definition;
    public Instant createdAt;
    public String createdBy;
    /** Why it was recorded; kept for a revision in force from before it was recorded. */
    public String reason;

    /** Whether it changed periods that had begun before it was recorded: a revision recorded after its validFrom. */
    public boolean isLate() {
        return number > 1 && createdAt.isAfter(validFrom);
    }
}
