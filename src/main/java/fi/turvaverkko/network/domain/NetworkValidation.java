package fi.turvaverkko.network.domain;

import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The checks the network's items share: text lengths, e-mail, web address, terms, ids. */
final class NetworkValidation {

    static final int NAME = 200;
    static final int LONG_TEXT = 4000;

    private NetworkValidation() {}

    static void name(List<Problem> problems, String field, String value, boolean required) {
        text(problems, field, value, required, NAME);
    }

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

    static void email(List<Problem> problems, String field, String value) {
        if (value != null
                && !value.isBlank()
                && (value.length() > 200 || !value.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(Problem.field(field, "validation.email"));
        }
    }

    static void website(List<Problem> problems, String field, String value) {
        if (value != null
                && !value.isBlank()
                && (value.length() > 300 || !value.trim().matches("https?://[^\\s]+\\.[^\\s]+"))) {
            problems.add(Problem.field(field, "error.website"));
        }
    }

    static void phone(List<Problem> problems, String field, String value) {
        if (value != null && !value.isBlank() && !value.trim().matches("\\+?[0-9 ()-]{5,30}")) {
            problems.add(Problem.field(field, "error.phone"));
        }
    }

    static void term(List<Problem> problems, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.field("termEnd", "error.term.endBeforeStart"));
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The ids among these that can name an item (others name none), without repeats. */
    static List<Long> ids(Collection<String> ids) {
        return ids.stream()
                .filter(s -> s != null && s.trim().matches("\\d{1,18}"))
                .map(s -> Long.valueOf(s.trim()))
                .distinct()
                .toList();
    }

    /** The id; -1, which names nothing, when the text cannot be an id; null when none is given. */
    static Long idOrNone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return id.trim().matches("\\d{1,18}") ? Long.valueOf(id.trim()) : -1L;
    }
}
