package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.AnalysisProperties;
import fi.turvaverkko.analysis.FindingType;
import fi.turvaverkko.analysis.domain.AnalysisRepository.GoalRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ResourceRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.TrendRow;
import fi.turvaverkko.analysis.domain.RawFinding.ItemRef;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes every finding of a scope (the whole country or one region) from the published views:
 * gaps, blind spots, overlaps, unaligned goals and stale data, each with its reason and the items
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

    /** Everything a computation reads. */
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
            LocalDate today) {}

    /** A change of at least this share of the previous value makes an indicator gap. */
    static final double MEANINGFUL_CHANGE = 0.10;

    private static final Set<String> TOP_LEVEL_KINDS = Set.of("NATIONAL_STRATEGY", "NATIONAL_POLICY_PROGRAMME");
    private static final Set<String> UPPER_KINDS = Set.of(
            "NATIONAL_STRATEGY",
            "NATIONAL_POLICY_PROGRAMME",
            "PROVINCIAL_PROGRAMME",
            "REGIONAL_PROGRAMME",
            "REGIONAL_STRATEGY");

    private final Input in;
    private final AnalysisProperties settings;
    private final String scopePath;
    private final java.util.function.LongPredicate mayReadRestricted;
    private final Map<Long, MeasureText> texts = new HashMap<>();

    /**
     * @param scope the region whose findings to compute, or null for the whole country
     * @param mayReadRestricted whether the restricted scenarios of a region (by its id), and what
     *     follows from them, may be included
     */
    public FindingEngine(
            Input in, AnalysisProperties settings, Area scope, java.util.function.LongPredicate mayReadRestricted) {
        this.in = in;
        this.settings = settings;
        this.scopePath = scope == null ? "/" : scope.path();
        this.mayReadRestricted = mayReadRestricted;
    }

    public List<RawFinding> compute() {
        List<MeasureRow> active = in.measures().stream()
                .filter(m -> m.active(in.today()) && inScope(m))
                .toList();
        List<ScenarioRow> scenarios = in.scenarios().stream()
                .filter(s -> !s.restricted() || mayReadRestricted.test(s.regionId()))
                .filter(s ->
                        area(s.regionId()) != null && area(s.regionId()).path().startsWith(scopePath)
                                || scopePath.startsWith(pathOr(s.regionId())))
                .toList();
        List<Area> municipalities = in.areas().values().stream()
                .filter(a -> "MUNICIPALITY".equals(a.type()) && a.path().startsWith(scopePath))
                .toList();
        List<RawFinding> out = new ArrayList<>();
        riskGaps(active, scenarios, out);
        indicatorGaps(active, out);
        blindAreas(active, municipalities, out);
        unmitigatedRisks(active, scenarios, out);
        risksWithoutResources(scenarios, out);
        overlaps(active, out);
        unalignedGoals(out);
        stale(scenarios, out);
        return out;
    }

    // ----- gaps

    private void riskGaps(List<MeasureRow> active, List<ScenarioRow> scenarios, List<RawFinding> out) {
        for (ScenarioRow s : scenarios) {
            if (s.score() < settings.highRiskScore() || s.themes().isEmpty()) {
                continue;
            }
            for (Area a : scenarioAreas(s)) {
                boolean covered =
                        active.stream().anyMatch(m -> coversForGap(m, a) && intersects(m.themes(), s.themes()));
                if (!covered) {
                    out.add(new RawFinding(
                            "GAP_RISK:" + s.id() + ":" + a.code(),
                            FindingType.GAP_RISK,
                            a.id(),
                            "finding.reason.GAP_RISK",
                            List.of(scenarioName(s), format(s.score()), a.name(), themeList(s.themes())),
                            s.score(),
                            List.of(scenario(s), area(a)),
                            null,
                            s.restricted()));
                }
            }
        }
    }

    private void indicatorGaps(List<MeasureRow> active, List<RawFinding> out) {
        for (TrendRow t : in.worsening()) {
            Area a = area(t.areaId());
            List<String> themes = in.indicatorThemes().getOrDefault(t.code(), List.of());
            if (a == null || !a.path().startsWith(scopePath) || themes.isEmpty()) {
                continue;
            }
            // a small change from one year to the next is noise, not a trend worth a finding
            double change = t.previous() == null || t.previous() == 0
                    ? 0
                    : Math.abs(t.latest() - t.previous()) / Math.abs(t.previous());
            if (change < MEANINGFUL_CHANGE) {
                continue;
            }
            boolean covered = active.stream().anyMatch(m -> coversForGap(m, a) && intersects(m.themes(), themes));
            if (!covered) {
                LocalizedName name =
                        in.indicatorNames().getOrDefault(t.code(), new LocalizedName(t.code(), null, null, null));
                out.add(new RawFinding(
                        "GAP_INDICATOR:" + t.code() + ":" + a.code(),
                        FindingType.GAP_INDICATOR,
                        a.id(),
                        "finding.reason.GAP_INDICATOR",
                        List.of(
                                name,
                                a.name(),
                                format(t.previous()),
                                format(t.latest()),
                                String.valueOf(t.latestYear()),
                                themeList(themes)),
                        Math.min(9, 5 + 10 * change),
                        List.of(new ItemRef("INDICATOR", t.code(), name, "/indicators/" + t.code()), area(a)),
                        null,
                        false));
            }
        }
    }

    // ----- blind spots

    private void blindAreas(List<MeasureRow> active, List<Area> municipalities, List<RawFinding> out) {
        for (Area m : municipalities) {
            List<MeasureRow> local =
                    active.stream().filter(x -> coversLocally(x, m)).toList();
            if (local.isEmpty()) {
                out.add(new RawFinding(
                        "BLIND_AREA:" + m.code(),
                        FindingType.BLIND_AREA,
                        m.id(),
                        "finding.reason.BLIND_AREA",
                        List.of(m.name()),
                        6,
                        List.of(area(m)),
                        null,
                        false));
                continue;
            }
            if (local.size() < 3) {
                continue;
            }
            for (String group : in.targetGroups()) {
                boolean reached = local.stream()
                        .anyMatch(x -> x.targetGroups().contains(group)
                                || x.targetGroups().contains("WHOLE_POPULATION"));
                if (!reached) {
                    out.add(new RawFinding(
                            "BLIND_TARGET_GROUP:" + m.code() + ":" + group,
                            FindingType.BLIND_TARGET_GROUP,
                            m.id(),
                            "finding.reason.BLIND_TARGET_GROUP",
                            List.of(new CodeLabel("target-groups", group), m.name(), local.size()),
                            3,
                            List.of(area(m)),
                            null,
                            false));
                }
            }
        }
    }

    private void unmitigatedRisks(List<MeasureRow> active, List<ScenarioRow> scenarios, List<RawFinding> out) {
        Set<Long> activeIds = new HashSet<>();
        active.forEach(m -> activeIds.add(m.id()));
        for (ScenarioRow s : scenarios) {
            if (s.score() < settings.highRiskScore()) {
                continue;
            }
            if (s.measureIds().stream().noneMatch(activeIds::contains)) {
                out.add(new RawFinding(
                        "BLIND_UNMITIGATED_RISK:" + s.id(),
                        FindingType.BLIND_UNMITIGATED_RISK,
                        s.regionId(),
                        "finding.reason.BLIND_UNMITIGATED_RISK",
                        List.of(scenarioName(s), format(s.score())),
                        s.score(),
                        List.of(scenario(s)),
                        null,
                        s.restricted()));
            }
        }
    }

    private void risksWithoutResources(List<ScenarioRow> scenarios, List<RawFinding> out) {
        double limit = settings.resourceDistanceKm();
        for (ScenarioRow s : scenarios) {
            if (s.score() < settings.highRiskScore() || s.resourceTypes().isEmpty()) {
                continue;
            }
            List<Area> places =
                    scenarioAreas(s).stream().filter(a -> a.lat() != null).toList();
            if (places.isEmpty()) {
                continue;
            }
            for (String type : s.resourceTypes()) {
                boolean near = in.resources().stream()
                        .filter(r -> r.type().equals(type))
                        .anyMatch(r -> places.stream().anyMatch(p -> distanceKm(p, r) <= limit));
                if (!near) {
                    out.add(new RawFinding(
                            "BLIND_NO_RESOURCES:" + s.id() + ":" + type,
                            FindingType.BLIND_NO_RESOURCES,
                            s.regionId(),
                            "finding.reason.BLIND_NO_RESOURCES",
                            List.of(scenarioName(s), new CodeLabel("resource-types", type), Math.round(limit)),
                            s.score() * 0.8,
                            List.of(
                                    scenario(s),
                                    new ItemRef(
                                            "RESOURCE_TYPE",
                                            type,
                                            new LocalizedName(type, null, null, null),
                                            "/resources?type=" + type)),
                            null,
                            s.restricted()));
                }
            }
        }
    }

    // ----- overlaps

    private void overlaps(List<MeasureRow> active, List<RawFinding> out) {
        // candidates share an area (one's area containing or equal to the other's), a theme and a
        // target group (or both reach everyone): a measure goes in the buckets of its own areas and,
        // marked as coming from below, in those of the areas above them
        Map<String, List<Placed>> buckets = new HashMap<>();
        for (MeasureRow m : active) {
            List<String> groups = m.targetGroups().isEmpty() ? List.of("*") : m.targetGroups();
            for (long a : m.areaIds()) {
                List<Long> places = new ArrayList<>();
                places.add(a);
                places.addAll(ancestors(a));
                for (int i = 0; i < places.size(); i++) {
                    for (String theme : m.themes()) {
                        for (String g : groups) {
                            buckets.computeIfAbsent(places.get(i) + "|" + theme + "|" + g, k -> new ArrayList<>())
                                    .add(new Placed(m, i == 0));
                        }
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (List<Placed> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    if (!bucket.get(i).own() && !bucket.get(j).own()) {
                        continue;
                    }
                    MeasureRow a = bucket.get(i).measure();
                    MeasureRow b = bucket.get(j).measure();
                    if (a.id() == b.id() || a.responsibleActorId() == b.responsibleActorId() || !sameTime(a, b)) {
                        continue;
                    }
                    long lo = Math.min(a.id(), b.id());
                    long hi = Math.max(a.id(), b.id());
                    if (!seen.add(lo + ":" + hi)) {
                        continue;
                    }
                    TextSimilarity.Result r = TextSimilarity.compare(text(a), text(b));
                    if (r.sameActivity()) {
                        MeasureRow first = a.id() == lo ? a : b;
                        MeasureRow second = a.id() == lo ? b : a;
                        out.add(new RawFinding(
                                "OVERLAP:" + lo + ":" + hi,
                                FindingType.OVERLAP,
                                sharedArea(first, second),
                                "finding.reason.OVERLAP",
                                List.of(
                                        first.actorName(),
                                        second.actorName(),
                                        String.join(", ", r.sharedWords()),
                                        Math.round(r.score() * 100)),
                                5 + 5 * r.score(),
                                List.of(measure(first), measure(second)),
                                r.sharedWords(),
                                false));
                    }
                }
            }
        }
    }

    /** A measure in a bucket: in its own area, or in an area above it. */
    private record Placed(MeasureRow measure, boolean own) {}

    private final Map<Long, List<Long>> ancestorCache = new HashMap<>();

    private List<Long> ancestors(long areaId) {
        return ancestorCache.computeIfAbsent(areaId, this::findAncestors);
    }

    private List<Long> findAncestors(long areaId) {
        List<Long> list = new ArrayList<>();
        Area a = in.areas().get(areaId);
        if (a == null) {
            return list;
        }
        for (Area other : in.areas().values()) {
            if (other.id() != a.id() && a.path().startsWith(other.path()) && !"COUNTRY".equals(other.type())) {
                list.add(other.id());
            }
        }
        return list;
    }

    private MeasureText text(MeasureRow m) {
        return texts.computeIfAbsent(m.id(), k -> MeasureText.of(m.text(), null));
    }

    private static boolean sameTime(MeasureRow a, MeasureRow b) {
        LocalDate aStart = a.startDate() == null ? LocalDate.MIN : a.startDate();
        LocalDate bStart = b.startDate() == null ? LocalDate.MIN : b.startDate();
        LocalDate aEnd = a.endDate() == null ? LocalDate.MAX : a.endDate();
        LocalDate bEnd = b.endDate() == null ? LocalDate.MAX : b.endDate();
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    /** The most local area both measures work in. */
    private Long sharedArea(MeasureRow a, MeasureRow b) {
        Long best = null;
        int depth = -1;
        for (long x : a.areaIds()) {
            for (long y : b.areaIds()) {
                String px = pathOr(x);
                String py = pathOr(y);
                long deeper = px.length() >= py.length() ? x : y;
                if ((px.startsWith(py) || py.startsWith(px)) && pathOr(deeper).length() > depth) {
                    best = deeper;
                    depth = pathOr(deeper).length();
                }
            }
        }
        return best;
    }

    // ----- unaligned goals and stale data

    private void unalignedGoals(List<RawFinding> out) {
        Map<Long, Integer> children = new HashMap<>();
        in.goals().forEach(g -> {
            if (g.parentId() != null) {
                children.merge(g.parentId(), 1, Integer::sum);
            }
        });
        Map<Long, Integer> measures = new HashMap<>();
        in.measures().forEach(m -> {
            for (long goal : goalsOf(m)) {
                measures.merge(goal, 1, Integer::sum);
            }
        });
        for (GoalRow g : in.goals()) {
            Area a = g.programmeAreaId() == null ? null : area(g.programmeAreaId());
            boolean inScope = a == null
                    ? scopePath.equals("/")
                    : a.path().startsWith(scopePath) || scopePath.startsWith(a.path());
            if (!inScope) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            boolean top = g.parentId() == null;
            boolean leaf = !children.containsKey(g.id());
            if (top && g.linksUp() == 0 && !TOP_LEVEL_KINDS.contains(g.programmeKind())) {
                missing.add("UP");
            }
            if (UPPER_KINDS.contains(g.programmeKind()) && leaf && g.linksDown() == 0) {
                missing.add("DOWN");
            }
            if (leaf
                    && !TOP_LEVEL_KINDS.contains(g.programmeKind())
                    && measures.getOrDefault(g.id(), 0) == 0
                    && g.linksDown() == 0) {
                missing.add("MEASURES");
            }
            if (!missing.isEmpty()) {
                out.add(new RawFinding(
                        "UNALIGNED_GOAL:" + g.id(),
                        FindingType.UNALIGNED_GOAL,
                        g.programmeAreaId(),
                        "finding.reason.UNALIGNED_GOAL",
                        List.of(new LocalizedName(g.title(), g.titleSv(), null, null), new MissingLinks(missing)),
                        2,
                        List.of(new ItemRef(
                                "GOAL",
                                String.valueOf(g.id()),
                                new LocalizedName(g.title(), g.titleSv(), null, null),
                                "/goals/" + g.id())),
                        null,
                        false));
            }
        }
    }

    private void stale(List<ScenarioRow> scenarios, List<RawFinding> out) {
        LocalDate limit = in.today().minusMonths(settings.staleMonths());
        for (MeasureRow m : in.measures()) {
            if (!m.active(in.today())
                    || !inScope(m)
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
                        last == null ? List.of(m.actorName(), settings.staleMonths()) : List.of(m.actorName(), last),
                        1,
                        List.of(measure(m)),
                        null,
                        false));
            }
        }
        for (ScenarioRow s : scenarios) {
            if (s.reviewDate() != null && s.reviewDate().isBefore(in.today())) {
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

    // ----- areas and coverage

    /** Does the measure work in the area: in it, in an area containing it, or in a part of it? */
    boolean touches(MeasureRow m, Area a) {
        for (long id : m.areaIds()) {
            String p = pathOr(id);
            if (a.path().startsWith(p) || p.startsWith(a.path())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does the measure answer for the area? For a municipality: a measure of the municipality or its
     * sub-region (a region-wide programme line does not make a local gap go away); for a region or a
     * sub-region: any measure within it.
     */
    boolean coversForGap(MeasureRow m, Area a) {
        if ("MUNICIPALITY".equals(a.type())) {
            return coversLocally(m, a);
        }
        for (long id : m.areaIds()) {
            String p = pathOr(id);
            if (p.startsWith(a.path())) {
                return true;
            }
        }
        return false;
    }

    /** Does the measure work in the municipality itself or its sub-region (not region-wide)? */
    boolean coversLocally(MeasureRow m, Area municipality) {
        for (long id : m.areaIds()) {
            Area x = area(id);
            if (x != null
                    && municipality.path().startsWith(x.path())
                    && ("MUNICIPALITY".equals(x.type()) || "SUBREGION".equals(x.type()))) {
                return true;
            }
        }
        return false;
    }

    private boolean inScope(MeasureRow m) {
        for (long id : m.areaIds()) {
            String p = pathOr(id);
            if (p.startsWith(scopePath) || scopePath.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private List<Area> scenarioAreas(ScenarioRow s) {
        List<Area> list = new ArrayList<>();
        for (long id : s.areaIds()) {
            Area a = area(id);
            if (a != null) {
                list.add(a);
            }
        }
        if (list.isEmpty() && area(s.regionId()) != null) {
            list.add(area(s.regionId()));
        }
        return list;
    }

    private Area area(Long id) {
        return id == null ? null : in.areas().get(id);
    }

    private String pathOr(long id) {
        Area a = in.areas().get(id);
        return a == null ? "/?/" : a.path();
    }

    private static boolean intersects(Collection<String> a, Collection<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static long[] goalsOf(MeasureRow m) {
        return m.goalIds();
    }

    private static double distanceKm(Area p, ResourceRow r) {
        if (r.lat() == null || r.lon() == null) {
            return Double.MAX_VALUE;
        }
        double dLat = Math.toRadians(r.lat() - p.lat());
        double dLon = Math.toRadians(r.lon() - p.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(p.lat()))
                        * Math.cos(Math.toRadians(r.lat()))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static String format(Double d) {
        return d == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',');
    }

    private static ItemRef scenario(ScenarioRow s) {
        return new ItemRef("SCENARIO", String.valueOf(s.id()), scenarioName(s), "/risks/" + s.id());
    }

    private static LocalizedName scenarioName(ScenarioRow s) {
        return new LocalizedName(s.title(), s.titleSv(), null, s.titleEn());
    }

    private static ItemRef measure(MeasureRow m) {
        return new ItemRef(
                "MEASURE",
                String.valueOf(m.id()),
                new LocalizedName(m.title(), m.titleSv(), null, null),
                "/measures/" + m.id());
    }

    private static ItemRef area(Area a) {
        return new ItemRef("AREA", a.code(), a.name(), "/areas/" + a.code());
    }

    private static ThemeList themeList(List<String> themes) {
        return new ThemeList(themes);
    }

    /** A list of theme codes, named in the reader's language when the finding is shown. */
    public record ThemeList(List<String> codes) {}

    /** A catalogue code, named in the reader's language when the finding is shown. */
    public record CodeLabel(String catalogue, String code) {}

    /** Which links a goal lacks: UP, DOWN, MEASURES. */
    public record MissingLinks(List<String> missing) {}
}
