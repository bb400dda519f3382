package fi.turvaverkko.resources.domain;

import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The yearly verification of a resource: when it was last checked, and when that is too long ago.
 * A check cannot be dated in the future; a resource given no date keeps the one it had, and a new one
 * is verified today.
 */
public final class Verification {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Verification() {}

    public static LocalDate today() {
        return LocalDate.now(HELSINKI);
    }

    /** Resources last verified before this day are due for verification. */
    public static LocalDate dueBefore(LocalDate today, int everyDays) {
        return today.minusDays(everyDays);
    }

    /** Whether a resource last verified on that day (null: never) is due. */
    public static boolean isDue(LocalDate lastVerified, LocalDate dueBefore) {
        return lastVerified == null || lastVerified.isBefore(dueBefore);
    }

    /**
     * The date a resource is written with: the one given, else the stored one, else today; a date in the
     * future is a problem on {@code lastVerified}.
     */
    public static LocalDate dateOf(
            LocalDate given, LocalDate stored, boolean isNew, LocalDate today, List<Problem> problems) {
        LocalDate d = given != null ? given : isNew ? today : stored;
        if (d != null && d.isAfter(today)) {
            problems.add(Problem.field("lastVerified", "error.resource.verifiedInFuture"));
        }
        return d;
    }
}
