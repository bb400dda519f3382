package fi.turvaverkko.network.domain;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import java.util.List;

/**
 * An action item's state: OPEN until someone marks it DONE (and back), or CONVERTED once it became a
 * measure of the action list, which happens once and only through the planning module.
 */
public final class ActionItemStatus {

    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";
    public static final String CONVERTED = "CONVERTED";

    private static final List<String> SETTABLE = List.of(OPEN, DONE);

    private ActionItemStatus() {}

    /**
     * The status an update asks for: none keeps the present one; a caller sets only OPEN or DONE, and
     * an item that became a measure stays CONVERTED (409), so that it cannot become a second one.
     */
    public static String next(String present, String requested) {
        String status = requested == null ? present : requested;
        if (status.equals(present)) {
            return status;
        }
        if (!SETTABLE.contains(status)) {
            throw new InvalidInputException("status", "error.status.unknown", status);
        }
        requireConvertible(present);
        return status;
    }

    /** An item becomes a measure once. */
    public static void requireConvertible(String present) {
        if (CONVERTED.equals(present)) {
            throw new ConflictException("error.actionItem.converted");
        }
    }
}
