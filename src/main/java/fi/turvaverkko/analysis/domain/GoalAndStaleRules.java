package fi.turvaverkko.analysis.domain;

import static fi.turvaverkko.analysis.domain.FindingScope.measure;
import static fi.turvaverkko.analysis.domain.FindingScope.scenario;
import static fi.turvaverkko.analysis.domain.FindingScope.scenarioName;

import fi.turvaverkko.analysis.domain.AnalysisRepository.GoalRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.analysis.domain.FindingEngine.MissingLinks;
import fi.turvaverkko.analysis.domain.RawFinding.ItemRef;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unaligned goals (no link up, none down, or no measures) and stale data (an active measure without
 * progress for months, a scenario past its review date).
 */
final class GoalAndStaleRules {

    private static final Set<String> TOP_LEVEL_KINDS = Set.of("NATIONAL_STRATEGY", "NATIONAL_POLICY_PROGRAMME");
    private static final Set<String> UPPER_KINDS = Set.of(
            "NATIONAL_STRATEGY",
            "NATIONAL_POLICY_PROGRAMME",
            "PROVINCIAL_PROGRAMME",
            "REGIONAL_PROGRAMME",
            "REGIONAL_STRATEGY");

    private final FindingScope scope;

    GoalAndStaleRules(FindingScope scope) {
        this.scope = scope;
    }

    void unalignedGoals(List<RawFinding> out) {
        Map<Long, Integer> children = new HashMap<>();
        scope.in.goals().forEach(g -> {
            if (g.parentId() != null) {
                children.merge(g.parentId(), 1, Integer::sum);
            }
        });
        Map<Long, Integer> measures = new HashMap<>();
        scope.in.measures().forEach(m -> {
            for (long goal : m.goalIds()) {
                measures.merge(goal, 1, Integer::sum);
            }
        });
        for (GoalRow g : scope.in.goals()) {
            if (!inScope(g)) {
                continue;
            }
            List<String> missing = missingLinks(g, !children.containsKey(g.id()), measures.getOrDefault(g.id(), 0));
            if (!missing.isEmpty()) {
                LocalizedName title = new LocalizedName(g.title(), g.titleSv(), null, null);
                out.add(new RawFinding(
                        "UNALIGNED_GOAL:" + g.id(),
                        FindingType.UNALIGNED_GOAL,
                        g.programmeAreaId(),
                        "finding.reason.UNALIGNED_GOAL",
                        List.of(title, new MissingLinks(missing)),
                        2,
                        List.of(new ItemRef("GOAL", String.valueOf(g.id()), title, "/goals/" + g.id())),
                        null,
                        false));
            }
        }
    }

    /** A goal of a national programme concerns every region; a region's goal, that region and the country. */
    private boolean inScope(GoalRow g) {
        Area a = g.programmeAreaId() == null ? null : scope.area(g.programmeAreaId());
        return a == null ? scope.path.equals("/") : a.path().startsWith(scope.path) || scope.path.startsWith(a.path());
    }

    /** Which links the goal lacks: UP, DOWN, MEASURES (empty when it is aligned). */
    static List<String> missingLinks(GoalRow g, boolean leaf, int measures) {
        List<String> missing = new ArrayList<>();
        boolean top = g.parentId() == null;
        if (top && g.linksUp() == 0 && !TOP_LEVEL_KINDS.contains(g.programmeKind())) {
            missing.add("UP");
        }
        if (UPPER_KINDS.contains(g.programmeKind()) && leaf && g.linksDown() == 0) {
            missing.add("DOWN");
        }
        if (leaf && !TOP_LEVEL_KINDS.contains(g.programmeKind()) && measures == 0 && g.linksDown() == 0) {
            missing.add("MEASURES");
        }
        return missing;
    }

    void stale(List<ScenarioRow> scenarios, List<RawFinding> out) {
        LocalDate today = scope.in.today();
        LocalDate limit = today.minusMonths(scope.settings.staleMonths());
        for (MeasureRow m : scope.in.measures()) {
            if (!m.active(today)
                    || !scope.inScope(m)
                    || m.startDate() == null
                    || m.startDate().isAfter(limit)) {
                continue;
            }
            LocalDate last = m.lastProgressOn();
            if (last == null || last.isBefore(limit)) {
                out.add(new RawFinding(
                        "STALE_MEASURE:" + m.id(),
                        FindingType.STALE_MEASURE,
                        m.areaIds().length == 0 ? null : m.areaIds()[0],
                        last == null ? "finding.reason.STALE_MEASURE.never" : "finding.reason.STALE_MEASURE",
                        last == null
                                ? List.of(m.actorName(), scope.settings.staleMonths())
                                : List.of(m.actorName(), last),
                        1,
                        List.of(measure(m)),
                        null,
                        false));
            }
        }
        for (ScenarioRow s : scenarios) {
            if (s.reviewDate() != null && s.reviewDate().isBefore(today)) {
                out.add(new RawFinding(
                        "STALE_SCENARIO:" + s.id(),
                        FindingType.STALE_SCENARIO,
                        s.regionId(),
                        "finding.reason.STALE_SCENARIO",
                        List.of(scenarioName(s), s.reviewDate()),
                        1,
                        List.of(scenario(s)),
                        null,
                        s.restricted()));
            }
        }
    }
}
