package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.Emphasis;
import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.ProgrammeScope;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a caller's filters of the measure list (400 with every bad one at once) and resolves them for
 * the query: {@code DELAYED} to the late measures; an unknown area's code is found out by the list's
 * own query ({@link #requireKnownArea}).
 */
@Component
class FilterChecks {

    private final Catalogues catalogues;
    private final MeasureRepository measures;

    FilterChecks(Catalogues catalogues, MeasureRepository measures) {
        this.catalogues = catalogues;
        this.measures = measures;
    }

    MeasureSql.Filter resolve(MeasureFilter f, ProgrammeScope scope) {
        List<Problem> problems = new ArrayList<>();
        String theme = MeasureChecks.blank(f.theme());
        if (theme != null && catalogues.find(ActionListCatalogues.THEMES, theme).isEmpty()) {
            problems.add(Problem.field("theme", "error.catalogue.unknownCode", f.theme()));
        }
        String targetGroup = MeasureChecks.blank(f.targetGroup());
        if (targetGroup != null
                && catalogues
                        .find(ActionListCatalogues.TARGET_GROUPS, targetGroup)
                        .isEmpty()) {
            problems.add(Problem.field("targetGroup", "error.catalogue.unknownCode", f.targetGroup()));
        }
        String emphasis = MeasureChecks.blank(f.emphasis());
        if (emphasis != null && !Emphasis.CODES.contains(emphasis)) {
            problems.add(Problem.field("emphasis", "error.catalogue.unknownCode", f.emphasis()));
        }
        String status = MeasureChecks.blank(f.status());
        if (status != null && !MeasureStatus.CODES.contains(status) && !"DELAYED".equals(status)) {
            problems.add(Problem.field("status", "error.catalogue.unknownCode", status));
        }
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            problems.add(Problem.field("year", "error.measure.year"));
        }
        Long programme = id(f.programme(), "programme", problems);
        Long responsible = id(f.responsibleActor(), "responsibleActor", problems);
        Long goal = id(f.goal(), "goal", problems);
        InvalidInputException.throwIfAny(problems);
        boolean delayed = "DELAYED".equals(status);
        return new MeasureSql.Filter(
                f.text(),
                programme,
                MeasureChecks.blank(f.area()),
                theme,
                targetGroup,
                emphasis,
                delayed ? null : status,
                delayed ? Boolean.TRUE : null,
                responsible,
                f.year(),
                goal,
                scope);
    }

    /**
     * Refuses an area code no area has (400). The list's query looks the code up itself, so this is
     * asked only when a list came back empty, or before a file is written.
     */
    void requireKnownArea(MeasureFilter f) {
        String c = MeasureChecks.blank(f.area());
        if (c != null && measures.areaId(c).isEmpty()) {
            throw new InvalidInputException("area", "error.area.unknownCode", f.area());
        }
    }

    private static Long id(String value, String field, List<Problem> problems) {
        String v = MeasureChecks.blank(value);
        if (v == null) {
            return null;
        }
        if (!digits(v)) {
            problems.add(Problem.field(field, "validation.format"));
            return null;
        }
        return Long.valueOf(v);
    }

    /** One to eighteen digits: something that can be an id. */
    static boolean digits(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
