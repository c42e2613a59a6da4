package dk.servicelevel.report;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "reports")
public interface ReportConfig {

    /** The zone whose calendar months the reports cover. */
    @WithDefault("Europe/Copenhagen")
    ZoneId zone();

    /** How many months the monthly status shows side by side (seeds 000 and 001: 12). */
    @WithDefault("12")
    int statusMonths();

    /** The system whose tests booking-service books, for capacity and usage. */
    @WithDefault("NT")
    String bookingSystem();

    Archiving archiving();

    interface Archiving {

        /** How often the scheduler looks for a closed month whose reports are not archived yet, and retries. */
        @WithDefault("15m")
        String every();

        /** How long after start-up the scheduler first looks, so that the services it reads are up. */
        @WithDefault("2m")
        String firstRunAfter();

        /**
         * How long the replica that ran the archiving keeps it: the others take it over once a lease of this length
         * has gone unrenewed. Twice the interval by default.
         */
        @WithDefault("PT30M")
        Duration lease();

        /** How long after a month has closed its reports are archived, so that late registrations are in. */
        @WithDefault("PT1H")
        Duration delay();
    }
}
