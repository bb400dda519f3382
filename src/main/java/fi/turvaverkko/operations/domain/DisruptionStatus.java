package fi.turvaverkko.operations.domain;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of a disruption: MONITORING → ACTIVE → RECOVERY → CLOSED. A monitored situation may
 * close without escalating, and recovery may turn active again; nothing leaves CLOSED.
 */
public final class DisruptionStatus {

    public static final List<String> ALL = List.of("MONITORING", "ACTIVE", "RECOVERY", "CLOSED");

    private static final Map<String, Set<String>> NEXT = Map.of(
            "MONITORING", Set.of("ACTIVE", "CLOSED"),
            "ACTIVE", Set.of("RECOVERY"),
            "RECOVERY", Set.of("ACTIVE", "CLOSED"),
            "CLOSED", Set.of());

    private DisruptionStatus() {}

    /** The statuses reachable from the given one, in lifecycle order. */
    public static List<String> next(String from) {
        return ALL.stream()
                .filter(s -> NEXT.getOrDefault(from, Set.of()).contains(s))
                .toList();
    }

    /** Whether the disruption is closed: nothing is written to it any more. */
    public static boolean isClosed(String status) {
        return "CLOSED".equals(status);
    }

    /** Refuses a change to a closed disruption (its details, log, requests, offers, commitments): 409. */
    public static void requireNotClosed(String status) {
        if (isClosed(status)) {
            throw new ConflictException("error.disruption.closed");
        }
    }

    /** Refuses a change the lifecycle forbids: 409, or 400 for a status that does not exist. */
    public static String after(String from, String to) {
        if (to == null || !ALL.contains(to)) {
            throw new DomainException(
                    400, "error.invalidInput", List.of(Problem.field("status", "error.import.code", to)));
        }
        if (!NEXT.getOrDefault(from, Set.of()).contains(to)) {
            throw new DomainException(
                    409,
                    "error.disruption.transition",
                    List.of(Problem.field("status", "error.disruption.transition", from, to)),
                    from,
                    to);
        }
        return to;
    }
}
