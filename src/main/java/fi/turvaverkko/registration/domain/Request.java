package fi.turvaverkko.registration.domain;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import java.time.OffsetDateTime;

/**
 * A request of an organisation's users, whatever it asks: submitted (PENDING), then decided once —
 * approved, when what it asked is handed over ({@code resultId}: the membership, measure or
 * resource made of it), or rejected with a reason the asker is told. It refuses a second decision
 * and a rejection without a reason; the repository stores a decision only over a pending request, so
 * that two who answer at once cannot both win.
 */
public record Request(
        long id,
        RequestKind kind,
        long actorId,
        Long regionId,
        Long requestedBy,
        RequestStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        String reason,
        String resultId,
        long version) {

    /** The longest reason a rejection may give. */
    static final int MAX_REASON = 2000;

    public boolean pending() {
        return status == RequestStatus.PENDING;
    }

    /** 409 unless the request still waits for an answer. */
    public void requirePending() {
        if (!pending()) {
            throw new ConflictException("error.request.decided");
        }
    }

    /** Approved by {@code by}, handing over {@code resultId}. */
    public Request approve(String by, String resultId) {
        requirePending();
        return decided(RequestStatus.APPROVED, by, null, resultId);
    }

    /** Rejected by {@code by} for the reason given, which is required (400 without it). */
    public Request reject(String by, String reason) {
        requirePending();
        return decided(RequestStatus.REJECTED, by, reasonOf(reason), null);
    }

    /** A rejection's reason, trimmed: required and at most {@value #MAX_REASON} characters (400). */
    public static String reasonOf(String reason) {
        String r = reason == null ? "" : reason.trim();
        if (r.isEmpty()) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (r.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "validation.size", MAX_REASON, 0);
        }
        return r;
    }

    private Request decided(RequestStatus to, String by, String why, String result) {
        return new Request(
                id,
                kind,
                actorId,
                regionId,
                requestedBy,
                to,
                createdAt,
                OffsetDateTime.now(),
                by,
                why,
                result,
                version + 1);
    }
}
