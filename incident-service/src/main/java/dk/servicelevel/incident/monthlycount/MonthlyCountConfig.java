package dk.servicelevel.incident.monthlycount;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "monthly-counts")
public interface MonthlyCountConfig {

    /** The zone whose calendar months are counted unless the request names another. */
    @WithDefault("Europe/Copenhagen")
    ZoneId zone();

    /** The most months one request may span. */
    @WithDefault("36")
    int maxMonths();
}
