package fi.turvaverkko.indicators.domain;

import java.math.BigDecimal;

/**
 * What a create or an update of a value may set: the indicator (by id or by code), the area (by id or
 * by code; when both are given they must agree), the year and the value. The id and the version of
 * {@link IndicatorValueView} are not in it: the path names the value and the version is the check.
 */
public record IndicatorValueCommand(
        String indicatorId, String indicatorCode, String areaId, String areaCode, Integer year, BigDecimal value) {

    /** The writable fields of a value as the API took it back. */
    public static IndicatorValueCommand of(IndicatorValueView v) {
        return new IndicatorValueCommand(
                v.indicatorId(), v.indicatorCode(), v.areaId(), v.areaCode(), v.year(), v.value());
    }
}
