package fi.turvaverkko.planning;

/**
 * A programme was created, changed, approved, archived or deleted, or its goals or their links
 * changed: what readers of planning's views (the analysis) read again. Published after the change's
 * transaction commits; the audit entry is written separately ({@code shared.ItemChanged}).
 */
public record ProgrammeChanged(String programmeId, Change change) {

    /** What happened to the programme. */
    public enum Change {
        CREATED,
        UPDATED,
        APPROVED,
        ARCHIVED,
        DELETED,
        GOALS
    }
}
