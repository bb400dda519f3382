package fi.turvaverkko.analysis.domain;

import static fi.turvaverkko.analysis.domain.FindingScope.area;
import static fi.turvaverkko.analysis.domain.FindingScope.format;
import static fi.turvaverkko.analysis.domain.FindingScope.gapReason;
import static fi.turvaverkko.analysis.domain.FindingScope.intersects;
import static fi.turvaverkko.analysis.domain.FindingScope.scenario;
import static fi.turvaverkko.analysis.domain.FindingScope.scenarioName;

import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.TrendRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.analysis.domain.FindingEngine.ThemeList;
import fi.turvaverkko.analysis.domain.RawFinding.ItemRef;
import fi.turvaverkko.shared.LocalizedName;
import java.util.List;

/**
 * Gaps: a high risk, or an indicator moving the wrong way, in an area where no active measure of a
 * matching theme works locally.
 */
final class GapRules {

    /** A change of at least this share of the previous value makes an indicator gap. */
    static final double MEANINGFUL_CHANGE = 0.10;

    private final FindingScope scope;

    GapRules(FindingScope scope) {
        this.scope = scope;
    }

    void riskGaps(List<ScenarioRow> scenarios, List<RawFinding> out) {
        for (ScenarioRow s : scenarios) {
            if (s.score() < scope.settings.highRiskScore() || s.themes().isEmpty()) {
                continue;
            }
            for (Area a : scope.scenarioAreas(s)) {
                if (!intersects(scope.gapThemes(a), s.themes())) {
                    out.add(new RawFinding(
                            "GAP_RISK:" + s.id() + ":" + a.code(),
                            FindingType.GAP_RISK,
                            a.id(),
                            gapReason("GAP_RISK", a),
                            scope.gapArgs(
                                    a,
                                    s.themes(),
                                    scenarioName(s),
                                    format(s.score()),
                                    a.name(),
                                    new ThemeList(s.themes())),
                            s.score(),
                            List.of(scenario(s), area(a)),
                            null,
                            s.restricted()));
                }
            }
        }
    }

    void indicatorGaps(List<RawFinding> out) {
        for (TrendRow t : scope.in.worsening()) {
            Area a = scope.area(t.areaId());
            List<String> themes = scope.in.indicatorThemes().getOrDefault(t.code(), List.of());
            if (a == null || !a.path().startsWith(scope.path) || themes.isEmpty()) {
                continue;
            }
            double change = change(t);
            // a small change from one year to the next is noise, not a trend worth a finding
            if (change < MEANINGFUL_CHANGE || intersects(scope.gapThemes(a), themes)) {
                continue;
            }
            LocalizedName name =
                    scope.in.indicatorNames().getOrDefault(t.code(), new LocalizedName(t.code(), null, null, null));
            out.add(new RawFinding(
                    "GAP_INDICATOR:" + t.code() + ":" + a.code(),
                    FindingType.GAP_INDICATOR,
                    a.id(),
                    gapReason("GAP_INDICATOR", a),
                    scope.gapArgs(
                            a,
                            themes,
                            name,
                            a.name(),
                            format(t.previous()),
                            format(t.latest()),
                            String.valueOf(t.latestYear()),
                            new ThemeList(themes)),
                    Math.min(9, 5 + 10 * change),
                    List.of(new ItemRef("INDICATOR", t.code(), name, "/indicators/" + t.code()), area(a)),
                    null,
                    false));
        }
    }

    /** The share by which the latest value differs from the previous one (0 without a previous one). */
    static double change(TrendRow t) {
        return t.previous() == null || t.previous() == 0
                ? 0
                : Math.abs(t.latest() - t.previous()) / Math.abs(t.previous());
    }
}
