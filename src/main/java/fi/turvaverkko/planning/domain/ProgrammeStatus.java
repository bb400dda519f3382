package fi.turvaverkko.planning.domain;

import fi.turvaverkko.shared.ConflictException;

/**
 * A programme's life cycle: a draft is approved (by a decision) and later archived; never back. It
 * answers what may happen in each state and refuses the rest with 409.
 */
public enum ProgrammeStatus {
    DRAFT,
    APPROVED,
    ARCHIVED;

    /** The state {@code action} ({@code approve} or {@code archive}) leads to, or a refusal (409). */
    public ProgrammeStatus after(String action) {
        ProgrammeStatus next = switch (action) {
            case "approve" -> this == DRAFT ? APPROVED : null;
            case "archive" -> this == APPROVED ? ARCHIVED : null;
            default -> null;
        };
        if (next == null) {
            throw new ConflictException("error.programme.transition", name(), action);
        }
        return next;
    }

    /** Goals are part of the approved text: they change only while the programme is a draft. */
    public void requireGoalsEditable() {
        if (this != DRAFT) {
            throw new ConflictException("error.programme.goalsLocked");
        }
    }

    /** Only a draft is deleted; an approved or archived programme stays on the record. */
    public void requireDeletable() {
        if (this != DRAFT) {
            throw new ConflictException("error.programme.deleteApproved");
        }
    }

    /** Nothing of an archived programme changes any more. */
    public void requireNotArchived() {
        if (this == ARCHIVED) {
            throw new ConflictException("error.programme.archived");
        }
    }
}
