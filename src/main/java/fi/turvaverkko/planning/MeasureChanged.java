package fi.turvaverkko.planning;

/**
 * A measure of the action list was created, changed or deleted, or its progress was reported:
 * what readers of planning's views (the analysis) read again.
 */
public record MeasureChanged(String measureId, String programmeId, Change change) {

    /** What happened to the measure. */
    public enum Change {
        CREATED,
        UPDATED,
        DELETED,
        PROGRESS
    }
}
