package fi.turvaverkko.planning.domain;

import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.util.List;

/** The checks the planning items share: text lengths, blank texts and ids a caller gives. */
public final class Texts {

    private Texts() {}

    /** A required text that is missing, or a text longer than {@code max}, is a problem of the field. */
    public static void check(List<Problem> problems, String field, String value, boolean required, int max) {
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

    /** The text without its surrounding spaces, or null when there is none. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An id given by a caller, null when none is given, or -1 when it cannot be one (so it is unknown). */
    public static Long idOrNull(String id) {
        try {
            return Ids.parseOrNull(id);
        } catch (NotFoundException e) {
            return -1L;
        }
    }
}
