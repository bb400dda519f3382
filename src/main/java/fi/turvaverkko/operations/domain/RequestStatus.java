package fi.turvaverkko.operations.domain;

import fi.turvaverkko.shared.ConflictException;

/**
 * The lifecycle of a resource request: OPEN until its units are committed (FILLED) or the one in
 * charge cancels it (CANCELLED); only an open request takes offers. Refuses any other change (409).
 */
public enum RequestStatus {
    OPEN,
    FILLED,
    CANCELLED;

    public static RequestStatus of(String status) {
        return valueOf(status);
    }

    /** Refuses offers to a request that is no longer open. */
    public RequestStatus requireOpen() {
        if (this != OPEN) {
            throw new ConflictException("error.request.notOpen");
        }
        return this;
    }

    /** The one in charge cancels an open request. */
    public RequestStatus cancel() {
        return requireOpen() == OPEN ? CANCELLED : this;
    }

    /** After a commitment: an open request whose units are all committed is filled. */
    public RequestStatus afterCommitment(int committed, int quantity) {
        return this == OPEN && committed >= quantity ? FILLED : this;
    }
}
