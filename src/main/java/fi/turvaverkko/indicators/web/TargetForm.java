package fi.turvaverkko.indicators.web;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.util.Map;

/**
 * The target form of an indicator's page: a goal of the planning module, an area, a year and a
 * value. Its fields have their own names so that they do not clash with the value form on the
 * same page.
 */
record TargetForm(String goalId, String targetAreaCode, Integer targetYear, String targetValue, String note) {

    private static final Map<String, String> FIELDS = Map.of(
            "areaCode", "targetAreaCode", "areaId", "targetAreaCode", "year", "targetYear", "value", "targetValue");

    /** The service's refusal with its field names turned into this form's. */
    static DomainException renamed(DomainException e) {
        return new DomainException(
                e.status(),
                e.messageKey(),
                e.problems().stream()
                        .map(p -> new Problem(
                                p.field() == null ? null : FIELDS.getOrDefault(p.field(), p.field()),
                                p.row(),
                                p.column(),
                                p.code(),
                                p.messageKey(),
                                p.args()))
                        .toList(),
                e.args());
    }
}
