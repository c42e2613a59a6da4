package dk.servicelevel.incident.web;

import java.util.HashMap;
import java.util.Map;

import dk.servicelevel.api.web.FieldProblems;

/**
 * What the incident page's forms hold after one of them was refused: which form, what was typed and chosen in it (by
 * the page's field names), and why, next to each field or, when no field is to blame, for the whole form.
 */
public record IncidentEdit(String form, Map<String, String> typed, FieldProblems problems, String refusal) {

    static IncidentEdit none() {
        return new IncidentEdit("", Map.of(), FieldProblems.none(), null);
    }

    static IncidentEdit of(String form, String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                typed.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new IncidentEdit(form, typed, FieldProblems.none(), null);
    }

    IncidentEdit refusedFor(FieldProblems problems) {
        return new IncidentEdit(form, typed, problems, null);
    }

    IncidentEdit refusedBecause(String refusal) {
        return new IncidentEdit(form, typed, FieldProblems.none(), refusal);
    }

    public boolean refused() {
        return refusal != null || problems.any();
    }

    /** What the field shows: what was typed in the refused form, else what the incident holds. */
    public String value(String field, Object held) {
        String entered = typed.get(field);
        return entered != null ? entered : held == null ? "" : held.toString();
    }

    /** The category the form shows: the one chosen in the refused form, else the incident's. */
    public int category(int held) {
        String chosen = typed.get("category");
        return chosen != null ? Integer.parseInt(chosen) : held;
    }
}
