package fi.turvaverkko.operations.web;

import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.shared.Problem;
import java.time.OffsetDateTime;
import java.util.List;

/** What people type in the operations forms, read as numbers and times, each bad value a problem of its field. */
final class TypedInput {

    private TypedInput() {}

    static Integer integer(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim().replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.import.integer", v));
            return null;
        }
    }

    static Double decimal(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.import.number", v));
            return null;
        }
    }

    /** A local time as 2026-01-31T14:30 (a datetime-local field) or d.M.yyyy H.mm, in Finnish time. */
    static OffsetDateTime dateTime(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        OffsetDateTime t = TimeFormat.parseFinnishTime(v);
        if (t == null) {
            problems.add(Problem.field(field, "error.dateTime", v));
        }
        return t;
    }
}
