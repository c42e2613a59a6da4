package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.sla.timeline.Interval;

/** The period an SLA is evaluated over: between two instants, a calendar month of the SLA's zone, or rolling. */
public sealed interface EvaluationPeriod {

    Interval in(ZoneId zone);

    record Between(Instant from, Instant to) implements EvaluationPeriod {
        @Override
        public Interval in(ZoneId zone) {
            if (!to.isAfter(from)) {
                throw new RuleViolationException("to", "The period must end after it starts");
            }
            return new Interval(from, to);
        }
    }

    record Month(YearMonth month) implements EvaluationPeriod {
        @Override
        public Interval in(ZoneId zone) {
            return new Interval(month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
    }

    /** The length of time ending at an instant (docs/contract.md, SLA rule 2: 4 weeks for the contract). */
    record Rolling(RollingLength length, Instant at) implements EvaluationPeriod {
        @Override
        public Interval in(ZoneId zone) {
            return new Interval(length.startBefore(at, zone), at);
        }
    }
}
