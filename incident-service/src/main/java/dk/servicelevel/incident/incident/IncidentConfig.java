package dk.servicelevel.incident.incident;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "incidents")
public interface IncidentConfig {

    /** Response deadlines per category 1–4, for example {@code incidents.deadlines.1.acknowledge=PT1H}. */
    Map<Integer, DeadlineConfig> deadlines();

    /** The categories whose production incidents are outages that count against availability (seed 002, 4.2). */
    @WithDefault("1,2")
    Set<Integer> outageCategories();

    /** The most incidents one page of the fault log holds. */
    @WithDefault("200")
    int maxPageSize();

    interface DeadlineConfig {
        Duration acknowledge();

        Duration restore();
    }

    default ResponseDeadlines responseDeadlines() {
        Map<Integer, ResponseDeadlines.Deadline> byCategory = new HashMap<>();
        deadlines().forEach((category, deadline) -> byCategory.put(category,
                new ResponseDeadlines.Deadline(deadline.acknowledge(), deadline.restore())));
        return new ResponseDeadlines(Map.copyOf(byCategory));
    }
}
