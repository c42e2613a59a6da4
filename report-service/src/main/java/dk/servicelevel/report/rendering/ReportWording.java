package dk.servicelevel.report.rendering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dk.servicelevel.api.web.PageNumbers;
import dk.servicelevel.api.web.PageTexts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * How a report is worded for its reader: the texts of their language, and figures, months and local times of the
 * report's zone written as they write them (99,910 % and 2. dec. 2026 14.05 in Danish).
 */
public record ReportWording(ReportTexts texts, PageTexts words, Locale locale, ZoneId zone) {

    private static final String NONE = "–";

    public static ReportWording of(ReportLanguage language, ZoneId zone) {
        Localized localized = Localized.Literal.of(language.code());
        return new ReportWording(MessageBundles.get(ReportTexts.class, localized), MessageBundles.get(PageTexts.class, localized),
                language.locale(), zone);
    }

    public String time(Instant instant) {
        return instant == null ? NONE : PageNumbers.writtenIn(instant, zone, locale);
    }

    public String date(LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String month(YearMonth month) {
        return PageNumbers.written(month, locale);
    }

    /** A month as a plot's axis names it: nov. 25, Nov 25. */
    public String monthOnAxis(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yy", locale).format(month);
    }

    /** A percentage with all its decimals, or "n.a." when there is none. */
    public String percent(BigDecimal percent) {
        return percent == null ? texts.notApplicable() : PageNumbers.written(percent, locale) + " %";
    }

    /** A count or a decimal figure, or a dash when there is none. */
    public String number(Number number) {
        if (number == null) {
            return NONE;
        }
        return number instanceof BigDecimal decimal ? PageNumbers.written(decimal, locale)
                : PageNumbers.written(number.longValue(), locale);
    }

    public String orDash(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    public String layer(String layer) {
        return words.layer(layer);
    }

    public String colour(String colour) {
        return words.colour(colour);
    }

    /** The subtitle every report has: its period, zone and when it was made. */
    public String subtitle(String period, Instant generatedAt) {
        return texts.reportSubtitle(period, zone.getId(), time(generatedAt));
    }
}
