package fi.turvaverkko.planning.domain;

import fi.turvaverkko.shared.ConflictException;

/**
 * A yearly wellbeing report's life cycle: a draft is edited and then approved by a decision; an
 * approved report no longer changes and is not deleted (409).
 */
public enum ReportStatus {
    DRAFT,
    APPROVED;

    /** Editing, approving and deleting are for drafts only. */
    public void requireDraft() {
        if (this != DRAFT) {
            throw new ConflictException("error.report.approved");
        }
    }

    /** The state an approval leads to, or a refusal when the report is approved already. */
    public ReportStatus approve() {
        requireDraft();
        return APPROVED;
    }

    public static ReportStatus of(String code) {
        return valueOf(code);
    }
}
