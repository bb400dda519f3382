package fi.turvaverkko.planning;

/** An import wrote {@code rows} measures into the programme's action list, in one transaction. */
public record MeasuresImported(String programmeId, int rows) {}
