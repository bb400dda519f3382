package fi.turvaverkko.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.analysis.domain.AnalysisRepository.GoalRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ResourceRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.TrendRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.analysis.domain.FindingEngine.MissingLinks;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of the finding engine, one by one, on a small world of its own: a country, two regions
 * (Lapland with two municipalities in one sub-region, and North Ostrobothnia with one), no database.
 */
class FindingEngineTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final AnalysisProperties SETTINGS = new AnalysisProperties(9, 100, 6, 30);

    static final Area COUNTRY = area(1, "FI", "COUNTRY", "/FI/", 64.0, 26.0);
    static final Area LAPLAND = area(2, "19", "REGION", "/FI/19/", 67.0, 26.0);
    static final Area NORTHERN_LAPLAND = area(3, "196", "SUBREGION", "/FI/19/196/", 68.5, 27.0);
    static final Area INARI = area(4, "148", "MUNICIPALITY", "/FI/19/196/148/", 68.9, 27.0);
    static final Area UTSJOKI = area(5, "890", "MUNICIPALITY", "/FI/19/196/890/", 69.9, 27.0);
    static final Area NORTH_OSTROBOTHNIA = area(6, "17", "REGION", "/FI/17/", 65.0, 25.5);
    static final Area OULU = area(7, "564", "MUNICIPALITY", "/FI/17/564/", 65.0, 25.5);

    final List<MeasureRow> measures = new ArrayList<>();
    final List<ScenarioRow> scenarios = new ArrayList<>();
    final List<TrendRow> trends = new ArrayList<>();
    final Map<String, List<String>> indicatorThemes = new HashMap<>();
    final List<ResourceRow> resources = new ArrayList<>();
    final List<GoalRow> goals = new ArrayList<>();
    List<String> targetGroups = List.of();
    long nextId = 100;

    // ----- gaps

    @Test
    void aHighRiskWithoutALocalMeasureOfItsThemeIsAGap() {
        ScenarioRow s = scenario(INARI, 12, List.of("FIRE"), List.of(), List.of());
        measure(1, INARI, List.of("WATER")); // another theme does not cover it

        assertThat(keys(run(null), FindingType.GAP_RISK)).containsExactly("GAP_RISK:" + s.id() + ":148");
    }

    @Test
    void aLocalMeasureOfTheThemeCoversTheRiskButARegionWideOneDoesNot() {
        ScenarioRow covered = scenario(INARI, 12, List.of("FIRE"), List.of(), List.of());
        measure(1, INARI, List.of("FIRE"));
        ScenarioRow wideOnly = scenario(UTSJOKI, 12, List.of("FLOOD"), List.of(), List.of());
        measure(2, LAPLAND, List.of("FLOOD"));

        List<RawFinding> gaps = of(run(null), FindingType.GAP_RISK);

        assertThat(gaps).extracting(RawFinding::key).containsExactly("GAP_RISK:" + wideOnly.id() + ":890");
        assertThat(gaps.get(0).reasonKey()).isEqualTo("finding.reason.GAP_RISK.local");
        assertThat(gaps.get(0).reasonArgs()).last().isEqualTo(1); // one region-wide measure of the theme
        assertThat(keys(run(null), FindingType.GAP_RISK)).doesNotContain("GAP_RISK:" + covered.id() + ":148");
    }

    @Test
    void aRiskBelowTheHighRiskScoreIsNoGap() {
        scenario(INARI, 8.9, List.of("FIRE"), List.of(), List.of());

        assertThat(of(run(null), FindingType.GAP_RISK)).isEmpty();
    }

    @Test
    void anIndicatorWorseningByATenthOrMoreWithoutAMeasureIsAGap() {
        indicatorThemes.put("SOTKA1", List.of("FIRE"));
        indicatorThemes.put("SOTKA2", List.of("FIRE"));
        trends.add(new TrendRow("SOTKA1", INARI.id(), "LOWER_IS_BETTER", 2025, 12.0, 10.0)); // +20 %
        trends.add(new TrendRow("SOTKA2", INARI.id(), "LOWER_IS_BETTER", 2025, 10.5, 10.0)); // +5 %: noise

        List<RawFinding> gaps = of(run(null), FindingType.GAP_INDICATOR);

        assertThat(gaps).extracting(RawFinding::key).containsExactly("GAP_INDICATOR:SOTKA1:148");
        assertThat(gaps.get(0).weight()).isEqualTo(7.0);
        assertThat(gaps.get(0).reasonArgs()).contains("10,0", "12,0", "2025");
    }

    @Test
    void anIndicatorWithoutAPreviousValueMakesNoGap() {
        indicatorThemes.put("SOTKA1", List.of("FIRE"));
        trends.add(new TrendRow("SOTKA1", INARI.id(), "LOWER_IS_BETTER", 2025, 12.0, null));

        assertThat(of(run(null), FindingType.GAP_INDICATOR)).isEmpty();
        assertThat(GapRules.change(new TrendRow("X", 1, "P", 2025, 12.0, 0.0))).isZero();
    }

    // ----- blind spots

    @Test
    void aMunicipalityWithoutLocalMeasuresIsABlindArea() {
        measure(1, INARI, List.of("FIRE"));
        measure(2, LAPLAND, List.of("FIRE")); // region-wide: does not make Utsjoki covered

        assertThat(keys(run(LAPLAND), FindingType.BLIND_AREA)).containsExactly("BLIND_AREA:890");
    }

    @Test
    void aMeasureOfTheSubRegionReachesItsMunicipalities() {
        measure(1, NORTHERN_LAPLAND, List.of("FIRE"));

        assertThat(keys(run(LAPLAND), FindingType.BLIND_AREA)).isEmpty();
    }

    @Test
    void aTargetGroupNoLocalMeasureReachesIsABlindSpotOnceThereAreThreeMeasures() {
        targetGroups = List.of("ELDERLY", "CHILDREN");
        measure(1, INARI, List.of("FIRE"), List.of("ELDERLY"));
        measure(2, INARI, List.of("FIRE"), List.of("ELDERLY"));
        assertThat(of(run(LAPLAND), FindingType.BLIND_TARGET_GROUP)).isEmpty(); // two are too few to tell

        measure(3, INARI, List.of("FIRE"), List.of("ELDERLY"));
        assertThat(keys(run(LAPLAND), FindingType.BLIND_TARGET_GROUP))
                .containsExactly("BLIND_TARGET_GROUP:148:CHILDREN");

        measure(4, INARI, List.of("WATER"), List.of("WHOLE_POPULATION"));
        assertThat(of(run(LAPLAND), FindingType.BLIND_TARGET_GROUP)).isEmpty();
    }

    @Test
    void aHighRiskNoActiveMeasureMitigatesIsUnmitigated() {
        MeasureRow ended =
                measure(1, INARI, List.of("FIRE"), List.of(), "ONGOING", TODAY.minusYears(2), TODAY.minusDays(1));
        MeasureRow running = measure(2, INARI, List.of("FIRE"));
        ScenarioRow mitigatedByEnded = scenario(INARI, 10, List.of(), List.of(), List.of(ended.id()));
        ScenarioRow mitigated = scenario(INARI, 10, List.of(), List.of(), List.of(running.id()));

        assertThat(keys(run(null), FindingType.BLIND_UNMITIGATED_RISK))
                .containsExactly("BLIND_UNMITIGATED_RISK:" + mitigatedByEnded.id())
                .doesNotContain("BLIND_UNMITIGATED_RISK:" + mitigated.id());
    }

    @Test
    void aHighRiskWithoutTheNeededResourcesNearbyIsABlindSpot() {
        ScenarioRow s = scenario(UTSJOKI, 10, List.of(), List.of("PUMP", "GENERATOR"), List.of());
        resources.add(new ResourceRow("PUMP", INARI.id(), 69.5, 27.0, 2)); // about 45 km away
        resources.add(new ResourceRow("GENERATOR", OULU.id(), 65.0, 25.5, 1)); // over 500 km away

        List<RawFinding> found = of(run(null), FindingType.BLIND_NO_RESOURCES);

        assertThat(found).extracting(RawFinding::key).containsExactly("BLIND_NO_RESOURCES:" + s.id() + ":GENERATOR");
        assertThat(found.get(0).weight()).isEqualTo(8.0);
        assertThat(BlindSpotRules.distanceKm(INARI, new ResourceRow("X", null, 69.9, 27.0, 1)))
                .isBetween(110.0, 112.0);
        assertThat(BlindSpotRules.distanceKm(INARI, new ResourceRow("X", null, null, null, 1)))
                .isEqualTo(Double.MAX_VALUE);
    }

    // ----- overlaps

    static final String SAME =
            "Kotitapaturmien ehkäisy: kotikäynnit ikääntyneiden luo ja kodin paloturvallisuuden tarkastus";

    @Test
    void twoActorsDoingTheSameThingInTheSamePlaceAtTheSameTimeOverlap() {
        MeasureRow a = measure(1, INARI, List.of("HOME"), List.of("ELDERLY"), SAME);
        MeasureRow b = measure(2, NORTHERN_LAPLAND, List.of("HOME"), List.of("ELDERLY"), SAME);

        List<RawFinding> found = of(run(null), FindingType.OVERLAP);

        assertThat(found).extracting(RawFinding::key).containsExactly("OVERLAP:" + a.id() + ":" + b.id());
        assertThat(found.get(0).areaId()).isEqualTo(INARI.id()); // the most local area both work in
        assertThat(found.get(0).sharedWords()).isNotEmpty();
    }

    @Test
    void theSameActorOrAnotherPlaceOrAnotherTimeIsNoOverlap() {
        measure(1, INARI, List.of("HOME"), List.of("ELDERLY"), SAME);
        measure(1, INARI, List.of("HOME"), List.of("ELDERLY"), SAME); // the same actor
        measure(2, UTSJOKI, List.of("HOME"), List.of("ELDERLY"), SAME); // a neighbouring municipality
        measure(3, INARI, List.of("WATER"), List.of("ELDERLY"), SAME); // another theme
        measure(4, INARI, List.of("HOME"), List.of("CHILDREN"), SAME); // another target group

        assertThat(of(run(null), FindingType.OVERLAP)).isEmpty();
    }

    @Test
    void differentActivitiesDoNotOverlap() {
        measure(1, INARI, List.of("HOME"), List.of("ELDERLY"), SAME);
        measure(2, INARI, List.of("HOME"), List.of("ELDERLY"), "Uimaopetus kolmasluokkalaisille kesällä");

        assertThat(of(run(null), FindingType.OVERLAP)).isEmpty();
    }

    // ----- unaligned goals and stale data

    @Test
    void aGoalWithoutLinksUpDownOrMeasuresIsUnaligned() {
        goals.add(new GoalRow(
                1, 10, null, "Turvallinen Lappi", null, 0, 0, "REGIONAL_PROGRAMME", "Ohjelma", LAPLAND.id()));
        goals.add(new GoalRow(2, 20, null, "Kansallinen", null, 0, 0, "NATIONAL_STRATEGY", "Strategia", null));
        goals.add(new GoalRow(3, 30, null, "Linkitetty", null, 1, 1, "REGIONAL_PROGRAMME", "Ohjelma", LAPLAND.id()));

        List<RawFinding> found = of(run(LAPLAND), FindingType.UNALIGNED_GOAL);

        assertThat(found).extracting(RawFinding::key).containsExactly("UNALIGNED_GOAL:1");
        assertThat(found.get(0).reasonArgs().get(1)).isEqualTo(new MissingLinks(List.of("UP", "DOWN", "MEASURES")));
        // a national goal concerns the whole country only
        assertThat(keys(run(null), FindingType.UNALIGNED_GOAL)).contains("UNALIGNED_GOAL:2");
    }

    @Test
    void theMissingLinksOfAGoal() {
        GoalRow municipal = new GoalRow(1, 10, 9L, "Alatavoite", null, 0, 0, "MUNICIPAL_PLAN", "Suunnitelma", 4L);

        assertThat(GoalAndStaleRules.missingLinks(municipal, true, 0)).containsExactly("MEASURES");
        assertThat(GoalAndStaleRules.missingLinks(municipal, true, 2)).isEmpty();
        assertThat(GoalAndStaleRules.missingLinks(municipal, false, 0)).isEmpty();
    }

    @Test
    void aMeasureWithoutProgressForMonthsAndAScenarioPastItsReviewAreStale() {
        MeasureRow never = measure(1, INARI, List.of("FIRE"), List.of(), "ONGOING", TODAY.minusYears(1), null);
        MeasureRow fresh = measure(2, INARI, List.of("FIRE"), List.of(), "ONGOING", TODAY.minusMonths(2), null);
        ScenarioRow overdue = scenario(INARI, 3, List.of(), List.of(), List.of(), TODAY.minusDays(1));
        scenario(INARI, 3, List.of(), List.of(), List.of(), TODAY.plusDays(1));

        List<RawFinding> found = run(null).stream()
                .filter(f -> f.type().group() == FindingType.Group.STALE)
                .toList();

        assertThat(found)
                .extracting(RawFinding::key)
                .containsExactlyInAnyOrder("STALE_MEASURE:" + never.id(), "STALE_SCENARIO:" + overdue.id())
                .doesNotContain("STALE_MEASURE:" + fresh.id());
        assertThat(found).extracting(RawFinding::reasonKey).contains("finding.reason.STALE_MEASURE.never");
    }

    // ----- scope and restriction

    @Test
    void aRegionsFindingsLeaveOtherRegionsOut() {
        ScenarioRow inari = scenario(INARI, 12, List.of("FIRE"), List.of(), List.of());
        scenario(OULU, 12, List.of("FIRE"), List.of(), List.of());

        assertThat(keys(run(LAPLAND), FindingType.GAP_RISK)).containsExactly("GAP_RISK:" + inari.id() + ":148");
        assertThat(keys(run(LAPLAND), FindingType.BLIND_AREA))
                .containsExactlyInAnyOrder("BLIND_AREA:148", "BLIND_AREA:890");
        assertThat(keys(run(null), FindingType.GAP_RISK)).hasSize(2);
    }

    @Test
    void restrictedScenariosCountOnlyForThoseWhoMayReadThem() {
        ScenarioRow secret = restrictedScenario(INARI, 12, List.of("FIRE"));

        assertThat(new FindingEngine(input(), SETTINGS, null, region -> false).compute())
                .noneMatch(f -> f.key().contains(":" + secret.id()));
        List<RawFinding> allowed =
                new FindingEngine(input(), SETTINGS, null, region -> region == LAPLAND.id()).compute();
        assertThat(of(allowed, FindingType.GAP_RISK))
                .singleElement()
                .satisfies(f -> assertThat(f.restricted()).isTrue());
    }

    @Test
    void theEngineTellsHowLongEachRuleTook() {
        FindingEngine engine = new FindingEngine(input(), SETTINGS, null, region -> true);
        engine.compute();

        assertThat(engine.timings())
                .containsKeys(
                        "index", "riskGaps", "indicatorGaps", "blindAreas", "overlaps", "stale", "overlapPairsVisited");
    }

    // ----- the small world

    static Area area(long id, String code, String type, String path, double lat, double lon) {
        return new Area(id, code, type, path, new LocalizedName(code, null, null, null), lat, lon);
    }

    FindingEngine.Input input() {
        Map<Long, Area> areas = new HashMap<>();
        for (Area a : List.of(COUNTRY, LAPLAND, NORTHERN_LAPLAND, INARI, UTSJOKI, NORTH_OSTROBOTHNIA, OULU)) {
            areas.put(a.id(), a);
        }
        return new FindingEngine.Input(
                measures,
                scenarios,
                trends,
                indicatorThemes,
                Map.of(),
                resources,
                goals,
                areas,
                targetGroups,
                TODAY,
                new HashMap<>());
    }

    List<RawFinding> run(Area scope) {
        return new FindingEngine(input(), SETTINGS, scope, region -> true).compute();
    }

    static List<RawFinding> of(List<RawFinding> findings, FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    static List<String> keys(List<RawFinding> findings, FindingType type) {
        return of(findings, type).stream().map(RawFinding::key).toList();
    }

    MeasureRow measure(long actor, Area area, List<String> themes) {
        return measure(actor, area, themes, List.of());
    }

    MeasureRow measure(long actor, Area area, List<String> themes, List<String> groups) {
        return measure(actor, area, themes, groups, "ONGOING", TODAY.minusMonths(1), null);
    }

    MeasureRow measure(long actor, Area area, List<String> themes, List<String> groups, String title) {
        return add(new MeasureRow(
                nextId++,
                1,
                title,
                null,
                null,
                null,
                actor,
                "Toimija " + actor,
                "PUBLIC",
                new long[] {area.id()},
                new long[0],
                themes,
                groups,
                null,
                TODAY.minusMonths(1),
                null,
                "ONGOING",
                null,
                TODAY.minusDays(3)));
    }

    MeasureRow measure(
            long actor,
            Area area,
            List<String> themes,
            List<String> groups,
            String status,
            LocalDate start,
            LocalDate end) {
        return add(new MeasureRow(
                nextId++,
                1,
                "Toimenpide " + nextId,
                null,
                null,
                null,
                actor,
                "Toimija " + actor,
                "PUBLIC",
                new long[] {area.id()},
                new long[0],
                themes,
                groups,
                null,
                start,
                end,
                status,
                null,
                null));
    }

    private MeasureRow add(MeasureRow m) {
        measures.add(m);
        return m;
    }

    ScenarioRow scenario(
            Area area, double score, List<String> themes, List<String> resourceTypes, List<Long> measureIds) {
        return scenario(area, score, themes, resourceTypes, measureIds, null);
    }

    ScenarioRow scenario(
            Area area,
            double score,
            List<String> themes,
            List<String> resourceTypes,
            List<Long> measureIds,
            LocalDate review) {
        long region = area.path().startsWith(LAPLAND.path()) ? LAPLAND.id() : NORTH_OSTROBOTHNIA.id();
        ScenarioRow s = new ScenarioRow(
                nextId++,
                "Skenaario",
                null,
                null,
                "FIRE",
                score,
                null,
                false,
                review,
                region,
                3,
                score / 3,
                List.of(area.id()),
                themes,
                resourceTypes,
                measureIds);
        scenarios.add(s);
        return s;
    }

    ScenarioRow restrictedScenario(Area area, double score, List<String> themes) {
        ScenarioRow s = new ScenarioRow(
                nextId++,
                "Salainen",
                null,
                null,
                "FIRE",
                score,
                null,
                true,
                null,
                LAPLAND.id(),
                3,
                score / 3,
                List.of(area.id()),
                themes,
                List.of(),
                List.of());
        scenarios.add(s);
        return s;
    }
}
