package dk.servicelevel.incident.incident;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A fault or problem of a system, as registered in the fault log. */
@Entity
public class Incident {

    /** Category 1: the system's use must be suspended, or data is lost (seed 002, Krav 21). */
    public static final int MOST_SERIOUS_CATEGORY = 1;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String number;
    public String systemCode;
    @Enumerated(EnumType.STRING)
    public Layer layer;
    @Enumerated(EnumType.STRING)
    public Environment environment;
    public int category;
    @Enumerated(EnumType.STRING)
    public StatusColour statusColour;
    @Enumerated(EnumType.STRING)
    public IncidentState state;
    public Instant occurredAt;
    public Instant detectedAt;
    public Instant reportedAt;
    public Instant knownAt;
    public Instant acknowledgedAt;
    public Instant restoredAt;
    public Instant closedAt;
    public Instant acknowledgeDueAt;
    public Instant restoreDueAt;
    public String title;
    public String description;
    public String userImpact;
    public BigDecimal affectedSharePercent;
    public String cause;
    public String handling;
    @Convert(converter = RemedyPlanConverter.class)
    public List<RemedyAction> remedyPlan = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public RcaStatus rcaStatus;
    public String rcaText;
    public String majorIncidentManager;
    public Instant registeredAt;
    public String registeredBy;
    @Version
    public long version;

    /** A category 1 incident in production is a major incident: priority 1, with a Major Incident Manager (seed 003). */
    public boolean isMajor() {
        return category == MOST_SERIOUS_CATEGORY && environment == Environment.PRODUCTION;
    }

    public IncidentTimes times() {
        return new IncidentTimes(occurredAt, detectedAt, reportedAt, acknowledgedAt, restoredAt, closedAt);
    }
}
