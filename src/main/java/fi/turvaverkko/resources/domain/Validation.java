package fi.turvaverkko.resources.domain;

import fi.turvaverkko.shared.Problem;
import java.util.Collection;
import java.util.List;

/** The checks the resources module shares. */
final class Validation {

    /** Finland's bounds in WGS 84, with a small margin. */
    static final double MIN_LAT = 59.3, MAX_LAT = 70.2, MIN_LON = 19.0, MAX_LON = 31.7;

    private Validation() {}

    static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
            return;
        }
        if (value.trim().length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
    }

    static void oneOf(List<Problem> problems, String field, String value, Collection<String> allowed) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.field(field, "validation.required"));
        } else if (!allowed.contains(value)) {
            problems.add(Problem.field(field, "error.import.code", value));
        }
    }

    static boolean inFinland(Double lat, Double lon) {
        return lat != null && lon != null && lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
