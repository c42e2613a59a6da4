package dk.servicelevel.api.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Numbers on the pages written as the reader writes them: 99,910 in Danish, 99.910 in English. */
@TemplateExtension
public final class PageNumbers {

    private PageNumbers() {
    }

    /** The number with all its decimals, in the page's language ({@code {percent.written}}). */
    static String written(BigDecimal number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale instanceof Locale given ? given : Locale.forLanguageTag("da"));
        format.setMinimumFractionDigits(Math.max(0, number.scale()));
        format.setMaximumFractionDigits(Math.max(0, number.scale()));
        return format.format(number);
    }
}
