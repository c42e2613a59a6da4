package dk.servicelevel.sla.breach;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A breach found by the scheduled evaluation, open until it no longer holds. */
@Entity
public class Breach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String slaId;
    public String windowName;
    @Enumerated(EnumType.STRING)
    public BreachKind kind;
    public Instant detectedAt;
    public Instant resolvedAt;
    public Instant periodFrom;
    public Instant periodTo;
    public BigDecimal availabilityPercent;
    public BigDecimal targetPercent;
    public BigDecimal burnRate;
    public String detail;
    public Instant deliveredAt;
    public int deliveryAttempts;
    public String lastDeliveryError;
    @Version
    public long version;
}
