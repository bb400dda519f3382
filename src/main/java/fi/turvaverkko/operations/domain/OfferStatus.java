package fi.turvaverkko.operations.domain;

import fi.turvaverkko.shared.ConflictException;

/**
 * The lifecycle of an offer of resources: OFFERED until all its units are committed (COMMITTED) or
 * its actor withdraws it before any is (WITHDRAWN). Refuses any other change (409).
 */
public enum OfferStatus {
    OFFERED,
    COMMITTED,
    WITHDRAWN;

    public static OfferStatus of(String status) {
        return valueOf(status);
    }

    /** Refuses commitments from an offer that is no longer open. */
    public OfferStatus requireOpen() {
        if (this != OFFERED) {
            throw new ConflictException("error.offer.notOpen");
        }
        return this;
    }

    /** The offering actor withdraws an open offer of which nothing is committed yet. */
    public OfferStatus withdraw(int committed) {
        if (this != OFFERED || committed > 0) {
            throw new ConflictException("error.offer.notOpen");
        }
        return WITHDRAWN;
    }

    /** After committing {@code quantity} of the {@code left} units: the offer is used up when none are left. */
    public OfferStatus afterCommitment(int quantity, int left) {
        return requireOpen() == OFFERED && quantity >= left ? COMMITTED : this;
    }
}
