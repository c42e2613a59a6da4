package dk.servicelevel.sla.breach;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A breach of an SLA window: below target, or burning its downtime budget too fast")
public record BreachResponse(long id, String slaId, String windowName, BreachKind kind, Instant detectedAt,
        @Schema(description = "When it no longer held; absent while open") Instant resolvedAt,
        Instant periodFrom, Instant periodTo, BigDecimal availabilityPercent, BigDecimal targetPercent,
        @Schema(description = "For BUDGET_BURNING: how many times faster than the target allows") BigDecimal burnRate,
        String detail,
        @Schema(description = "When the webhook accepted it") Instant deliveredAt) {

    static BreachResponse of(Breach breach) {
        return new BreachResponse(breach.id, breach.slaId, breach.windowName, breach.kind, breach.detectedAt,
                breach.resolvedAt, breach.periodFrom, breach.periodTo, breach.availabilityPercent, breach.targetPercent,
                breach.burnRate, breach.detail, breach.deliveredAt);
    }
}
