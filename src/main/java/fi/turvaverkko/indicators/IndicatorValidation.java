package fi.turvaverkko.indicators;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

/** The checks indicator values, targets and definitions share. */
final class IndicatorValidation {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** The largest magnitude the value column holds (NUMERIC(18, 4)). */
    static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");

    private IndicatorValidation() {}

    static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
            return;
        }
        if (value.trim().length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
    }

    /** An area given by id, by code, or both (then they must agree); null when it is unknown. */
    static Long area(Areas areas, String id, String code, List<Problem> problems) {
        AreaView byCode = null;
        AreaView byId = null;
        boolean hasCode = code != null && !code.isBlank();
        boolean hasId = id != null && !id.isBlank();
        if (hasCode) {
            byCode = areas.findByCode(code).orElse(null);
            if (byCode == null) {
                problems.add(Problem.field("areaCode", "error.indicatorValue.unknownArea", code.trim()));
            }
        }
        if (hasId) {
            try {
                byId = areas.find(Ids.parse(id)).orElse(null);
            } catch (NotFoundException e) {
                byId = null;
            }
            if (byId == null) {
                problems.add(Problem.field("areaId", "error.indicatorValue.unknownArea", id.trim()));
            }
        }
        if (!hasCode && !hasId) {
            problems.add(Problem.field("areaCode", "validation.required"));
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("areaCode", "error.indicatorValue.areaMismatch"));
            return null;
        }
        AreaView a = byCode != null ? byCode : byId;
        return a == null ? null : Long.valueOf(a.id());
    }

    /** A measured year: not before 1900 and not in the future. */
    static void measuredYear(Integer year, String field, List<Problem> problems) {
        if (year == null) {
            problems.add(Problem.field(field, "validation.required"));
        } else if (year < 1900) {
            problems.add(Problem.field(field, "error.indicatorValue.yearTooEarly"));
        } else if (year > currentYear()) {
            problems.add(Problem.field(field, "error.indicatorValue.futureYear", String.valueOf(year)));
        }
    }

    static int currentYear() {
        return Year.now(HELSINKI).getValue();
    }

    /** A value the column holds; a percentage lies between 0 and 100. */
    static void value(IndicatorView indicator, BigDecimal value, String field, List<Problem> problems) {
        String problem = valueProblem(indicator, value);
        if (problem != null) {
            problems.add(Problem.field(field, problem));
        }
    }

    /** The message key of what is wrong with a value, or null. */
    static String valueProblem(IndicatorView indicator, BigDecimal value) {
        if (value == null) {
            return "validation.required";
        }
        if (value.abs().compareTo(MAX_VALUE) > 0) {
            return "error.indicatorValue.tooLarge";
        }
        if (indicator != null
                && IndicatorCatalogues.PERCENT.equals(indicator.unit())
                && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            return "error.indicatorValue.percent";
        }
        return null;
    }
}
