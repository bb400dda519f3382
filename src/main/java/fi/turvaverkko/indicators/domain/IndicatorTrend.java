package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;
import java.math.BigDecimal;

/**
 * The latest value of an indicator in an area, the one before it and the direction of the change
 * read with the indicator's polarity: {@code IMPROVING}, {@code WORSENING}, {@code UNCHANGED} (at
 * most 1 % change) or {@code UNKNOWN} (only one year). The same rule as the published view
 * {@code indicators.v_indicator_trend}.
 */
public record IndicatorTrend(
        IndicatorView indicator,
        String areaId,
        Integer latestYear,
        BigDecimal latestValue,
        Integer previousYear,
        BigDecimal previousValue,
        String direction) {}
