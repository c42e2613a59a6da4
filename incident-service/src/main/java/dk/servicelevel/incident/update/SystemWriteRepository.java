package dk.servicelevel.incident.update;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** When each system's incidents, service windows and changes were last written: one query over the three. */
@ApplicationScoped
public class SystemWriteRepository {

    private static final String SINCE = """
            SELECT system_code, max(changed_at) FROM (
                SELECT system_code, changed_at FROM incident WHERE changed_at >= :since
                UNION ALL SELECT system_code, changed_at FROM service_window WHERE changed_at >= :since
                UNION ALL SELECT system_code, changed_at FROM system_change WHERE changed_at >= :since) written
            GROUP BY system_code ORDER BY system_code""";

    /** The systems with a record written at or after the instant, each with its last write (by the database's clock). */
    public Uni<List<SystemWrite>> since(Instant since) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SINCE, Object[].class)
                        .setParameter("since", since).getResultList())
                .map(rows -> rows.stream().map(row -> new SystemWrite((String) row[0], instant(row[1]))).toList());
    }

    private static Instant instant(Object written) {
        return written instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) written;
    }
}
