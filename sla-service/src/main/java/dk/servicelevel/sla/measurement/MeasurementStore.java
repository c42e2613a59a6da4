package dk.servicelevel.sla.measurement;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The slice summaries in PostgreSQL. A batch is merged in one transaction: counts are added by an upsert that also
 * locks the rows, and the latency sketches of rows that existed are merged here and written back.
 */
@ApplicationScoped
public class MeasurementStore {

    /** The sums of one slice of a system at one interface and class, over all operations. */
    public record SliceCounts(Instant sliceStart, long operations, long withinThreshold, long errors) {
    }

    /** Whether a batch was added (false: it had been) and its operations within further thresholds. */
    public record BatchAdded(boolean added, Map<WithinKey, Long> within) {
    }

    /** The summary over a period of one interface and class. */
    public record ClassSummary(MeasuredInterface measuredAt, UserClass userClass, SliceSummary summary) {
    }

    private static final String UPSERT = """
            INSERT INTO measurement_slice
                (system_code, interface, user_class, operation, slice_start, operations, within_threshold, errors, sketch)
            SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::timestamptz[],
                                 $6::bigint[], $7::bigint[], $8::bigint[], $9::bytea[])
            ON CONFLICT (system_code, interface, user_class, operation, slice_start) DO UPDATE SET
                operations = measurement_slice.operations + excluded.operations,
                within_threshold = measurement_slice.within_threshold + excluded.within_threshold,
                errors = measurement_slice.errors + excluded.errors
            RETURNING system_code, interface, user_class, operation, slice_start, xmax = 0 AS inserted, sketch
            """;

    private static final String UPDATE_SKETCHES = """
            UPDATE measurement_slice m SET sketch = u.sketch
            FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::timestamptz[], $6::bytea[])
                AS u(system_code, interface, user_class, operation, slice_start, sketch)
            WHERE m.system_code = u.system_code AND m.interface = u.interface AND m.user_class = u.user_class
              AND m.operation = u.operation AND m.slice_start = u.slice_start
            """;

    private static final String UPSERT_WITHIN = """
            INSERT INTO measurement_within (system_code, interface, user_class, threshold_ms, slice_start, within)
            SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::bigint[], $5::timestamptz[], $6::bigint[])
            ON CONFLICT (system_code, interface, user_class, threshold_ms, slice_start) DO UPDATE SET
                within = measurement_within.within + excluded.within
            """;

    /**
     * Counted thresholds are named and read under a lock per system: a batch holds it shared from reading them to its
     * commit, so a threshold named meanwhile waits for the batch and finds its slices among those counted before it.
     */
    private static final int THRESHOLD_LOCKS = 0x534c4154;

    private static final int HOURS_OF_DAY = 24;

    private final Pool pool;

    MeasurementStore(Pool pool) {
        this.pool = pool;
    }

    /** Adds a batch's summaries, durably, unless a batch with the same idempotency key was added before. */
    public Uni<BatchAdded> add(String idempotencyKey, int samples, Map<SliceKey, SliceSummary> summaries,
            Function<Map<String, long[]>, Map<WithinKey, Long>> withinCounts, Instant now) {
        return pool.withTransaction(connection -> claim(connection, idempotencyKey, samples, now)
                .chain(claimed -> claimed
                        ? countedThresholds(connection, summaries.keySet()).map(withinCounts)
                                .call(() -> merge(connection, summaries))
                                .call(within -> mergeWithin(connection, within))
                                .map(within -> new BatchAdded(true, within))
                        : Uni.createFrom().item(new BatchAdded(false, Map.of()))));
    }

    /** The thresholds counted besides the measurement threshold for the batch's systems, locked until its commit. */
    private static Uni<Map<String, long[]>> countedThresholds(SqlConnection connection, Set<SliceKey> keys) {
        String[] systems = keys.stream().map(SliceKey::system).distinct().sorted().toArray(String[]::new);
        return connection.preparedQuery("SELECT pg_advisory_xact_lock_shared($1, hashtext(s)) FROM unnest($2::varchar[]) s")
                .execute(Tuple.of(THRESHOLD_LOCKS, systems))
                .chain(() -> connection.preparedQuery("""
                        SELECT system_code, array_agg(threshold_ms) AS thresholds FROM counted_threshold
                        WHERE system_code = ANY($1) GROUP BY system_code""").execute(Tuple.of(systems)))
                .map(rows -> {
                    Map<String, long[]> thresholds = new HashMap<>();
                    rows.forEach(row -> thresholds.put(row.getString("system_code"),
                            Arrays.stream(row.getArrayOfLongs("thresholds")).mapToLong(Long::longValue).toArray()));
                    return thresholds;
                });
    }

    private static Uni<Void> mergeWithin(SqlConnection connection, Map<WithinKey, Long> within) {
        if (within.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<WithinKey> keys = List.copyOf(within.keySet());
        return connection.preparedQuery(UPSERT_WITHIN).execute(Tuple.tuple()
                .addArrayOfString(keys.stream().map(WithinKey::system).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(k -> k.measuredAt().name()).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(k -> k.userClass().name()).toArray(String[]::new))
                .addArrayOfLong(keys.stream().map(WithinKey::thresholdMs).toArray(Long[]::new))
                .addArrayOfOffsetDateTime(keys.stream().map(k -> utc(k.sliceStart())).toArray(OffsetDateTime[]::new))
                .addArrayOfLong(keys.stream().map(within::get).toArray(Long[]::new)))
                .replaceWithVoid();
    }

    /**
     * Starts counting a system's operations against a further threshold, unless they are counted already.
     *
     * @return the first slice from which every operation is counted against it; empty when every slice is
     */
    public Uni<Optional<Instant>> countAgainst(String system, long thresholdMs, Duration slice) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_advisory_xact_lock($1, hashtext($2))").execute(Tuple.of(THRESHOLD_LOCKS, system))
                .chain(() -> connection.preparedQuery("""
                        INSERT INTO counted_threshold (system_code, threshold_ms, counted_from)
                        SELECT $1::varchar, $2::bigint, max(slice_start) + make_interval(secs => $3) FROM measurement_slice WHERE system_code = $1::varchar
                        ON CONFLICT (system_code, threshold_ms) DO NOTHING""")
                        .execute(Tuple.of(system, thresholdMs, slice.toSeconds())))
                .chain(() -> connection.preparedQuery(
                        "SELECT counted_from FROM counted_threshold WHERE system_code = $1 AND threshold_ms = $2")
                        .execute(Tuple.of(system, thresholdMs)))
                .map(rows -> Optional.ofNullable(rows.iterator().next().getOffsetDateTime("counted_from")).map(OffsetDateTime::toInstant)));
    }

    private static Uni<Boolean> claim(SqlConnection connection, String idempotencyKey, int samples, Instant now) {
        if (idempotencyKey == null) {
            return Uni.createFrom().item(true);
        }
        return connection.preparedQuery("""
                INSERT INTO measurement_batch (idempotency_key, received_at, samples) VALUES ($1, $2, $3)
                ON CONFLICT (idempotency_key) DO NOTHING""")
                .execute(Tuple.of(idempotencyKey, utc(now), samples))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Uni<Void> merge(SqlConnection connection, Map<SliceKey, SliceSummary> summaries) {
        List<SliceKey> keys = List.copyOf(summaries.keySet());
        Tuple upsert = keyColumns(keys).addArrayOfLong(keys.stream().map(k -> summaries.get(k).operations()).toArray(Long[]::new))
                .addArrayOfLong(keys.stream().map(k -> summaries.get(k).withinThreshold()).toArray(Long[]::new))
                .addArrayOfLong(keys.stream().map(k -> summaries.get(k).errors()).toArray(Long[]::new))
                .addValue(keys.stream().map(k -> Buffer.buffer(summaries.get(k).sketch())).toArray(Buffer[]::new));
        return connection.preparedQuery(UPSERT).execute(upsert).chain(rows -> {
            List<SliceKey> existed = new ArrayList<>();
            List<Buffer> mergedSketches = new ArrayList<>();
            for (Row row : rows) {
                if (!row.getBoolean("inserted")) {
                    SliceKey key = keyOf(row);
                    SliceSummary merged = SliceSummary.stored(0, 0, 0, sketchOf(row));
                    merged.merge(summaries.get(key));
                    existed.add(key);
                    mergedSketches.add(Buffer.buffer(merged.sketch()));
                }
            }
            if (existed.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return connection.preparedQuery(UPDATE_SKETCHES)
                    .execute(keyColumns(existed).addValue(mergedSketches.toArray(Buffer[]::new)))
                    .replaceWithVoid();
        });
    }

    /** Per slice, the sums over all operations of a system at an interface and class, earliest first. */
    public Uni<List<SliceCounts>> counts(String system, MeasuredInterface measuredAt, UserClass userClass, Instant from, Instant to) {
        return pool.preparedQuery("""
                SELECT slice_start, sum(operations) AS operations, sum(within_threshold) AS within_threshold,
                       sum(errors) AS errors
                FROM measurement_slice
                WHERE system_code = $1 AND interface = $2 AND user_class = $3 AND slice_start >= $4 AND slice_start < $5
                GROUP BY slice_start ORDER BY slice_start""")
                .execute(Tuple.of(system, measuredAt.name(), userClass.name(), utc(from), utc(to)))
                .map(MeasurementStore::sliceCounts);
    }

    private static List<SliceCounts> sliceCounts(RowSet<Row> rows) {
        List<SliceCounts> counts = new ArrayList<>();
        rows.forEach(row -> counts.add(new SliceCounts(row.getOffsetDateTime("slice_start").toInstant(),
                row.getLong("operations"), row.getLong("within_threshold"), row.getLong("errors"))));
        return counts;
    }

    /** Per slice, the sums over all operations of a system at an interface and class, with those within a further threshold. */
    public Uni<List<SliceCounts>> countsWithin(String system, MeasuredInterface measuredAt, UserClass userClass, long thresholdMs,
            Instant from, Instant to) {
        return pool.preparedQuery("""
                SELECT m.slice_start, m.operations, coalesce(w.within, 0) AS within_threshold, m.errors
                FROM (SELECT slice_start, sum(operations) AS operations, sum(errors) AS errors FROM measurement_slice
                      WHERE system_code = $1 AND interface = $2 AND user_class = $3 AND slice_start >= $4 AND slice_start < $5
                      GROUP BY slice_start) m
                LEFT JOIN measurement_within w ON w.system_code = $1 AND w.interface = $2 AND w.user_class = $3
                                              AND w.threshold_ms = $6 AND w.slice_start = m.slice_start
                ORDER BY m.slice_start""")
                .execute(Tuple.of(system, measuredAt.name(), userClass.name(), utc(from), utc(to), thresholdMs))
                .map(MeasurementStore::sliceCounts);
    }

    /** Operations of a system per interface over a period: the call counts of the monthly reports. */
    public Uni<Map<MeasuredInterface, Long>> operations(String system, Instant from, Instant to) {
        return pool.preparedQuery("""
                SELECT interface, sum(operations) AS operations FROM measurement_slice
                WHERE system_code = $1 AND slice_start >= $2 AND slice_start < $3 GROUP BY interface""")
                .execute(Tuple.of(system, utc(from), utc(to)))
                .map(rows -> {
                    Map<MeasuredInterface, Long> operations = new HashMap<>();
                    rows.forEach(row -> operations.put(MeasuredInterface.valueOf(row.getString("interface")), row.getLong("operations")));
                    return operations;
                });
    }

    /** A system's operations in each local hour of the day (0 to 23) of the zone, summed over the period. */
    public Uni<List<Long>> operationsByHourOfDay(String system, Instant from, Instant to, ZoneId zone) {
        return pool.preparedQuery("""
                SELECT extract(hour FROM slice_start AT TIME ZONE $4)::int AS hour, sum(operations) AS operations
                FROM measurement_slice WHERE system_code = $1 AND slice_start >= $2 AND slice_start < $3 GROUP BY 1""")
                .execute(Tuple.of(system, utc(from), utc(to), zone.getId()))
                .map(rows -> {
                    Long[] perHour = new Long[HOURS_OF_DAY];
                    Arrays.fill(perHour, 0L);
                    rows.forEach(row -> perHour[row.getInteger("hour")] = row.getLong("operations"));
                    return List.of(perHour);
                });
    }

    private static Tuple keyColumns(List<SliceKey> keys) {
        return Tuple.tuple()
                .addArrayOfString(keys.stream().map(SliceKey::system).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(k -> k.measuredAt().name()).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(k -> k.userClass().name()).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(SliceKey::operation).toArray(String[]::new))
                .addArrayOfOffsetDateTime(keys.stream().map(k -> utc(k.sliceStart())).toArray(OffsetDateTime[]::new));
    }

    private static SliceKey keyOf(Row row) {
        return new SliceKey(row.getString("system_code"), MeasuredInterface.valueOf(row.getString("interface")),
                UserClass.valueOf(row.getString("user_class")), row.getString("operation"),
                row.getOffsetDateTime("slice_start").toInstant());
    }

    private static byte[] sketchOf(Row row) {
        return row.getBuffer("sketch").getBytes();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
