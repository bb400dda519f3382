package fi.turvaverkko.registration.domain;

import fi.turvaverkko.shared.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Small checks the kinds of request share when they read what was asked. */
final class Requests {

    private Requests() {}

    /** The text trimmed, or null when blank; a problem on the field when required and missing, or too long. */
    static String text(List<Problem> problems, String field, String value, boolean required, int max) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v == null && required) {
            problems.add(Problem.field(field, "validation.required"));
        } else if (v != null && v.length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
        return v;
    }

    /** The text trimmed, or null when blank. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The id, when the text can be one. */
    static Optional<Long> id(String id) {
        return id != null && id.trim().matches("\\d{1,18}") ? Optional.of(Long.valueOf(id.trim())) : Optional.empty();
    }

    /** The values given, trimmed, without blanks or repeats, in their order. */
    static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                set.add(v.trim());
            }
        }
        return List.copyOf(set);
    }
}
