package fi.turvaverkko.indicators.domain;

import java.math.BigDecimal;

/**
 * What adding or changing a target may set: the planning goal it serves (or none), the area (by id or
 * by code), the year, the value and a note. The indicator is the one the path names; the id and the
 * version of {@link IndicatorTargetView} are not in it.
 */
public record IndicatorTargetCommand(
        String goalId, String areaId, String areaCode, Integer year, BigDecimal value, String note) {

    /** The writable fields of a target as the API took it back. */
    public static IndicatorTargetCommand of(IndicatorTargetView t) {
        return new IndicatorTargetCommand(t.goalId(), t.areaId(), t.areaCode(), t.year(), t.value(), t.note());
    }
}
