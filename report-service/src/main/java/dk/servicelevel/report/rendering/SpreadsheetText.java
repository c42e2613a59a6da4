package dk.servicelevel.report.rendering;

import java.util.regex.Pattern;

/**
 * Text for a cell of a file a spreadsheet opens (the CSV exports): a cell beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be run as a formula there (a cause of {@code =HYPERLINK(...)} registered
 * with an incident), so it is written with a leading apostrophe, which spreadsheets show as text. Numbers stay numbers.
 */
final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?%?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
