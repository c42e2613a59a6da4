package dk.servicelevel.sla.measurement;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.sla.measurement.MeasurementStore.ClassSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A system's response-time summaries over a period, per interface and class. Whole days of the zone (the SLA's) that
 * have ended are read from their merged day rows (measurement_day), each checked against the operations its slices
 * sum to and merged again when a late sample made it stale; any time before the first and after the last whole day
 * from the slices. A month of the zone so reads one sketch a day whatever the traffic.
 */
@ApplicationScoped
public class LatencySummaries {

    /** Where one day's summary of one interface and class belongs. */
    private record DayKey(MeasuredInterface measuredAt, UserClass userClass, Instant day) {
    }

    private static final String SLICES = """
            SELECT interface, user_class, slice_start, operations, within_threshold, errors, sketch FROM measurement_slice
            WHERE system_code = $1 AND slice_start >= $2 AND slice_start < $3""";

    private static final String DAY_SUMS = """
            SELECT interface, user_class, date_trunc('day', slice_start, $4) AS day_start, sum(operations) AS operations
            FROM measurement_slice WHERE system_code = $1 AND slice_start >= $2 AND slice_start < $3 GROUP BY 1, 2, 3""";

    private static final String DAYS = """
            SELECT interface, user_class, day_start, operations, within_threshold, errors, sketch FROM measurement_day
            WHERE system_code = $1 AND day_start >= $2 AND day_start < $3 AND zone = $4""";

    private static final String SAVE_DAYS = """
            INSERT INTO measurement_day (system_code, zone, interface, user_class, day_start, operations, within_threshold, errors, sketch)
            SELECT $1::varchar, $2::varchar, * FROM unnest($3::varchar[], $4::varchar[], $5::timestamptz[], $6::bigint[],
                                                           $7::bigint[], $8::bigint[], $9::bytea[])
            ON CONFLICT (system_code, zone, interface, user_class, day_start) DO UPDATE SET operations = excluded.operations,
                within_threshold = excluded.within_threshold, errors = excluded.errors, sketch = excluded.sketch""";

    private final Pool pool;
    private final Clock clock;

    LatencySummaries(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<List<ClassSummary>> of(String system, Instant from, Instant to, ZoneId zone, long longestMillis) {
        Instant firstDay = startOfDay(from, zone).equals(from) ? from : startOfDay(from, zone).atZone(zone).plusDays(1).toInstant();
        Instant daysEnd = min(startOfDay(to, zone), startOfDay(clock.instant(), zone));
        Map<MeasuredInterface, Map<UserClass, SliceSummary>> merged = new EnumMap<>(MeasuredInterface.class);
        if (!firstDay.isBefore(daysEnd)) {
            return fromSlices(system, from, to, longestMillis, merged).map(done -> list(merged));
        }
        return fromSlices(system, from, firstDay, longestMillis, merged)
                .chain(() -> fromSlices(system, daysEnd, to, longestMillis, merged))
                .chain(() -> fromDays(system, new Days(firstDay, daysEnd, zone), longestMillis, merged))
                .map(done -> list(merged));
    }

    private Uni<Void> fromSlices(String system, Instant from, Instant to, long longestMillis,
            Map<MeasuredInterface, Map<UserClass, SliceSummary>> merged) {
        if (!from.isBefore(to)) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(SLICES).execute(Tuple.of(system, utc(from), utc(to)))
                .invoke(rows -> rows.forEach(row -> into(merged, row, longestMillis).merge(stored(row))))
                .replaceWithVoid();
    }

    /** The whole days of a zone from the start of the first to the start of the day after the last. */
    private record Days(Instant first, Instant end, ZoneId zone) {
    }

    /** The whole days: their day rows where true to the slices, the others merged from the slices and saved. */
    private Uni<Void> fromDays(String system, Days whole, long longestMillis, Map<MeasuredInterface, Map<UserClass, SliceSummary>> merged) {
        Tuple span = Tuple.of(system, utc(whole.first()), utc(whole.end()), whole.zone().getId());
        return Uni.combine().all().unis(pool.preparedQuery(DAY_SUMS).execute(span), pool.preparedQuery(DAYS).execute(span))
                .asTuple().chain(read -> {
                    Map<DayKey, Long> operations = new HashMap<>();
                    read.getItem1().forEach(row -> operations.put(dayKey(row), row.getLong("operations")));
                    Map<DayKey, SliceSummary> days = new HashMap<>();
                    for (Row row : read.getItem2()) {
                        DayKey key = dayKey(row);
                        if (row.getLong("operations").equals(operations.get(key))) {
                            days.put(key, stored(row));
                        }
                    }
                    List<Instant> stale = operations.keySet().stream().filter(key -> !days.containsKey(key))
                            .map(DayKey::day).distinct().sorted().toList();
                    return mergeAgain(system, whole.zone(), stale, longestMillis, days);
                })
                .invoke(days -> days.forEach((key, day) -> merged.computeIfAbsent(key.measuredAt(), i -> new EnumMap<>(UserClass.class))
                        .computeIfAbsent(key.userClass(), c -> SliceSummary.empty(longestMillis)).merge(day)))
                .replaceWithVoid();
    }

    /** Merges the stale days from their slices again and saves them, adding them to the days read. */
    private Uni<Map<DayKey, SliceSummary>> mergeAgain(String system, ZoneId zone, List<Instant> stale, long longestMillis,
            Map<DayKey, SliceSummary> days) {
        if (stale.isEmpty()) {
            return Uni.createFrom().item(days);
        }
        return pool.preparedQuery(SLICES + " AND date_trunc('day', slice_start, $4) = ANY($5)")
                .execute(Tuple.of(system, utc(stale.get(0)), utc(stale.get(stale.size() - 1).atZone(zone).plusDays(1).toInstant()),
                        zone.getId(), stale.stream().map(LatencySummaries::utc).toArray(OffsetDateTime[]::new)))
                .chain(rows -> {
                    Map<DayKey, SliceSummary> again = new HashMap<>();
                    for (Row row : rows) {
                        again.computeIfAbsent(new DayKey(MeasuredInterface.valueOf(row.getString("interface")),
                                UserClass.valueOf(row.getString("user_class")),
                                startOfDay(row.getOffsetDateTime("slice_start").toInstant(), zone)),
                                key -> SliceSummary.empty(longestMillis)).merge(stored(row));
                    }
                    days.putAll(again);
                    return save(system, zone, again).replaceWith(days);
                });
    }

    private Uni<RowSet<Row>> save(String system, ZoneId zone, Map<DayKey, SliceSummary> days) {
        List<DayKey> keys = List.copyOf(days.keySet());
        return pool.preparedQuery(SAVE_DAYS).execute(Tuple.tuple().addString(system).addString(zone.getId())
                .addArrayOfString(keys.stream().map(k -> k.measuredAt().name()).toArray(String[]::new))
                .addArrayOfString(keys.stream().map(k -> k.userClass().name()).toArray(String[]::new))
                .addArrayOfOffsetDateTime(keys.stream().map(k -> utc(k.day())).toArray(OffsetDateTime[]::new))
                .addArrayOfLong(keys.stream().map(k -> days.get(k).operations()).toArray(Long[]::new))
                .addArrayOfLong(keys.stream().map(k -> days.get(k).withinThreshold()).toArray(Long[]::new))
                .addArrayOfLong(keys.stream().map(k -> days.get(k).errors()).toArray(Long[]::new))
                .addValue(keys.stream().map(k -> Buffer.buffer(days.get(k).sketch())).toArray(Buffer[]::new)));
    }

    private static SliceSummary into(Map<MeasuredInterface, Map<UserClass, SliceSummary>> merged, Row row, long longestMillis) {
        return merged.computeIfAbsent(MeasuredInterface.valueOf(row.getString("interface")), i -> new EnumMap<>(UserClass.class))
                .computeIfAbsent(UserClass.valueOf(row.getString("user_class")), c -> SliceSummary.empty(longestMillis));
    }

    private static DayKey dayKey(Row row) {
        return new DayKey(MeasuredInterface.valueOf(row.getString("interface")), UserClass.valueOf(row.getString("user_class")),
                row.getOffsetDateTime("day_start").toInstant());
    }

    private static SliceSummary stored(Row row) {
        return SliceSummary.stored(row.getLong("operations"), row.getLong("within_threshold"), row.getLong("errors"),
                row.getBuffer("sketch").getBytes());
    }

    private static List<ClassSummary> list(Map<MeasuredInterface, Map<UserClass, SliceSummary>> merged) {
        List<ClassSummary> summaries = new ArrayList<>();
        merged.forEach((measuredAt, byClass) -> byClass.forEach(
                (userClass, summary) -> summaries.add(new ClassSummary(measuredAt, userClass, summary))));
        return summaries;
    }

    private static Instant startOfDay(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
