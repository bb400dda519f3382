package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.GoalRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ResourceRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.TrendRow;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Computes every finding of a scope (the whole country or one region) from the published views:
 * gaps ({@link GapRules}), blind spots ({@link BlindSpotRules}), overlaps ({@link OverlapRule}),
 * unaligned goals and stale data ({@link GoalAndStaleRules}), each with its reason and the items
 * behind it. Pure computation over the rows it is given, so it is tested without a database.
 */
public final class FindingEngine {

    /** Area facts the engine needs: path (codes from the top), type, name, centre. */
    public record Area(long id, String code, String type, String path, LocalizedName name, Double lat, Double lon) {

        static Area of(AreaView a, String path) {
            return new Area(
                    Long.parseLong(a.id()),
                    a.code(),
                    a.type(),
                    path,
                    new LocalizedName(a.name(), a.nameSv(), a.nameSe(), a.nameEn()),
                    a.lat(),
                    a.lon());
        }
    }

    /**
     * Everything a computation reads; {@code texts} keeps the measures' texts once read for
     * comparison, by text, for every computation (and the next reads) to share.
     */
    public record Input(
            List<MeasureRow> measures,
            List<ScenarioRow> scenarios,
            List<TrendRow> worsening,
            Map<String, List<String>> indicatorThemes,
            Map<String, LocalizedName> indicatorNames,
            List<ResourceRow> resources,
            List<GoalRow> goals,
            Map<Long, Area> areas,
            List<String> targetGroups,
            LocalDate today,
            Map<String, MeasureText> texts) {}

    private final FindingScope scope;
    private final LongPredicate mayReadRestricted;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    /**
     * @param scope the region whose findings to compute, or null for the whole country
     * @param mayReadRestricted whether the restricted scenarios of a region (by its id), and what
     *     follows from them, may be included
     */
    public FindingEngine(Input in, AnalysisProperties settings, Area scope, LongPredicate mayReadRestricted) {
        this.scope = new FindingScope(in, settings, scope == null ? "/" : scope.path());
        this.mayReadRestricted = mayReadRestricted;
    }

    /** How long each part of the last computation took, in milliseconds. */
    public Map<String, Long> timings() {
        return timings;
    }

    private void phase(String name, Runnable work) {
        long started = System.nanoTime();
        work.run();
        timings.put(name, (System.nanoTime() - started) / 1_000_000);
    }

    public List<RawFinding> compute() {
        Input in = scope.in;
        List<MeasureRow> active = in.measures().stream()
                .filter(m -> m.active(in.today()) && scope.inScope(m))
                .toList();
        List<ScenarioRow> scenarios = in.scenarios().stream()
                .filter(s -> !s.restricted() || mayReadRestricted.test(s.regionId()))
                .filter(s -> scope.inOrAbove(s.regionId()))
                .toList();
        List<Area> municipalities = in.areas().values().stream()
                .filter(a -> "MUNICIPALITY".equals(a.type()) && a.path().startsWith(scope.path))
                .toList();
        GapRules gaps = new GapRules(scope);
        BlindSpotRules blind = new BlindSpotRules(scope);
        OverlapRule overlap = new OverlapRule(scope);
        GoalAndStaleRules goalsAndStale = new GoalAndStaleRules(scope);
        List<RawFinding> out = new ArrayList<>();
        phase("index", () -> scope.index(active));
        phase("riskGaps", () -> gaps.riskGaps(scenarios, out));
        phase("indicatorGaps", () -> gaps.indicatorGaps(out));
        phase("blindAreas", () -> blind.blindAreas(municipalities, out));
        phase("unmitigatedRisks", () -> blind.unmitigatedRisks(active, scenarios, out));
        phase("risksWithoutResources", () -> blind.risksWithoutResources(scenarios, out));
        phase("overlaps", () -> overlap.overlaps(active, out));
        timings.put("overlapPairsVisited", overlap.pairsVisited());
        timings.put("overlapTextsCompared", overlap.textsCompared());
        phase("unalignedGoals", () -> goalsAndStale.unalignedGoals(out));
        phase("stale", () -> goalsAndStale.stale(scenarios, out));
        return out;
    }

    /** A list of theme codes, named in the reader's language when the finding is shown. */
    public record ThemeList(List<String> codes) {}

    /** A catalogue code, named in the reader's language when the finding is shown. */
    public record CodeLabel(String catalogue, String code) {}

    /** Which links a goal lacks: UP, DOWN, MEASURES. */
    public record MissingLinks(List<String> missing) {}
}
