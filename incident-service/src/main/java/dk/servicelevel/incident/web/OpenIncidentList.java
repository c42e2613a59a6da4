package dk.servicelevel.incident.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open-incident list of the console: the incidents not yet resolved that match the chosen system, state,
 * category and colour, a page of them at a time, and how many there are of each choice, so that the operator sees
 * where the work is before filtering.
 */
public record OpenIncidentList(Filter filter, List<IncidentRow> shown, int matching, int open, int page, int pages,
        Map<String, Long> bySystem, Map<String, Long> byState, Map<Integer, Long> byCategory, Map<String, Long> byColour) {

    /** The choices of the list's form; an empty choice matches every incident. */
    public record Filter(String system, String state, Integer category, String colour) {

        boolean matches(IncidentRow row) {
            return (system == null || system.equals(row.system())) && (state == null || state.equals(row.state()))
                    && (category == null || category == row.category()) && (colour == null || colour.equals(row.colour()));
        }

        /** The filter as a query, for the links to the other pages of the list. */
        public String query() {
            StringBuilder query = new StringBuilder();
            append(query, "system", system);
            append(query, "state", state);
            append(query, "category", category);
            append(query, "colour", colour);
            return query.toString();
        }

        private static void append(StringBuilder query, String name, Object value) {
            if (value != null) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
    }

    public static OpenIncidentList of(List<IncidentRow> open, Filter filter, int askedPage, int pageSize) {
        List<IncidentRow> matching = open.stream().filter(filter::matches).toList();
        int pages = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
        int page = Math.min(Math.max(1, askedPage), pages);
        List<IncidentRow> shown = matching.subList((page - 1) * pageSize, Math.min(matching.size(), page * pageSize));
        return new OpenIncidentList(filter, shown, matching.size(), open.size(), page, pages,
                counted(open, IncidentRow::system), counted(open, IncidentRow::state),
                counted(open, IncidentRow::category), counted(open, IncidentRow::colour));
    }

    private static <K> Map<K, Long> counted(List<IncidentRow> rows, Function<IncidentRow, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
