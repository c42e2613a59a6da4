package dk.servicelevel.api.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Numbers and times on the pages written as the reader writes them: 99,910 in Danish, 99.910 in English. */
@TemplateExtension
public final class PageNumbers {

    private PageNumbers() {
    }

    /** The number with all its decimals, in the page's language ({@code {percent.written}}); also for texts made in code. */
    public static String written(BigDecimal number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(reader(locale));
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }

    /** A count with the reader's thousands separator: 1.234.567 in Danish, 1,234,567 in English ({@code {count.written}}). */
    public static String written(long number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return NumberFormat.getIntegerInstance(reader(locale)).format(number);
    }

    /** An instant as the reader writes a date and time in the zone ({@code {instant.writtenIn(zone)}}). */
    public static String writtenIn(Instant instant, ZoneId zone, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(reader(locale)).format(instant.atZone(zone));
    }

    /** A month as the reader names it: oktober 2026, October 2026 ({@code {month.written}}). */
    public static String written(YearMonth month, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", reader(locale)).format(month);
    }

    private static Locale reader(Object locale) {
        return locale instanceof Locale given ? given : Locale.forLanguageTag("da");
    }
}
