package fi.turvaverkko.indicators.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * One value of an indicator for an area and a year. The indicator may be given by id or by code
 * and the area by id or by code; when both are given they must agree.
 */
public record IndicatorValueView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String indicatorId,
        String indicatorCode,
        String areaId,
        String areaCode,
        Integer year,
        BigDecimal value,
        Long version) {}
