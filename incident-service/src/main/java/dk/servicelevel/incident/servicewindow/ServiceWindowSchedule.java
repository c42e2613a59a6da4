package dk.servicelevel.incident.servicewindow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.incident.system.SystemCatalogue;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.UnknownRecordException;
import dk.servicelevel.rules.Violation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The announced service windows of the systems. */
@ApplicationScoped
public class ServiceWindowSchedule {

    private final ServiceWindowRepository windows;
    private final SystemCatalogue systems;
    private final Clock clock;

    ServiceWindowSchedule(ServiceWindowRepository windows, SystemCatalogue systems, Clock clock) {
        this.windows = windows;
        this.systems = systems;
        this.clock = clock;
    }

    public Uni<ServiceWindow> announce(ServiceWindowRequest request, String announcedBy) {
        return systems.requireKnown(request.systemCode()).chain(() -> Panache.withTransaction(() -> store(request, announcedBy)));
    }

    private Uni<ServiceWindow> store(ServiceWindowRequest request, String announcedBy) {
        ServiceWindow window = new ServiceWindow();
        window.systemCode = request.systemCode();
        window.startAt = request.startAt().toInstant();
        window.endAt = request.endAt().toInstant();
        window.purpose = request.purpose();
        window.announcedAt = request.announcedAt().toInstant();
        window.announcedBy = announcedBy;
        checkTimes(window);
        return windows.persist(window);
    }

    @WithSession
    public Uni<ServiceWindow> get(long id) {
        return windows.findById(id)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No service window has the id " + id));
    }

    @WithSession
    public Uni<List<ServiceWindow>> overlapping(String systemCode, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Uni.createFrom().failure(new RuleViolationException("to", "The period must end after it starts"));
        }
        return windows.overlapping(systemCode, from, to);
    }

    private void checkTimes(ServiceWindow window) {
        List<Violation> violations = new ArrayList<>();
        if (!window.endAt.isAfter(window.startAt)) {
            violations.add(new Violation("endAt", "must be after startAt"));
        }
        if (window.announcedAt.isAfter(clock.instant())) {
            violations.add(new Violation("announcedAt", "must not be in the future"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The service window's times are impossible", violations);
        }
    }
}
