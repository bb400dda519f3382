package fi.turvaverkko.planning;

import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.util.List;

/** The checks the planning items share: text lengths and ids. */
final class PlanningValidation {

    private PlanningValidation() {}

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

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An id given by a caller, or null when it cannot be one (so that it is reported as unknown). */
    static Long idOrNull(String id) {
        try {
            return Ids.parseOrNull(id);
        } catch (NotFoundException e) {
            return -1L;
        }
    }
}
