package fi.turvaverkko.planning;

/**
 * A measure as another module's list shows it (an indicator's or a risk scenario's measures): the
 * title in the reader's language, the status, the share done and whether it is late.
 */
public record MeasureSummary(String id, String title, String status, Integer progressPercent, boolean delayed) {}
