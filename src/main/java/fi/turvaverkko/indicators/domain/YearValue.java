package fi.turvaverkko.indicators.domain;

import java.math.BigDecimal;

/** A value of one year in a series, or of one area in a comparison (then {@code areaId} is set). */
public record YearValue(String areaId, int year, BigDecimal value) {}
