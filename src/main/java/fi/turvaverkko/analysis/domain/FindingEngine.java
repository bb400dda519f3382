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
import java.util.Comparator;
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

    private final Map<String, Long> timings = new java.util.LinkedHashMap<>();

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
        phase("index", () -> index(active));
        phase("riskGaps", () -> riskGaps(active, scenarios, out));
        phase("indicatorGaps", () -> indicatorGaps(active, out));
        phase("blindAreas", () -> blindAreas(active, municipalities, out));
        phase("unmitigatedRisks", () -> unmitigatedRisks(active, scenarios, out));
        phase("risksWithoutResources", () -> risksWithoutResources(scenarios, out));
        phase("overlaps", () -> overlaps(active, out));
        phase("unalignedGoals", () -> unalignedGoals(out));
        phase("stale", () -> stale(scenarios, out));
        return out;
    }

    // ----- gaps

    private void riskGaps(List<MeasureRow> active, List<ScenarioRow> scenarios, List<RawFinding> out) {
        for (ScenarioRow s : scenarios) {
            if (s.score() < settings.highRiskScore() || s.themes().isEmpty()) {
                continue;
            }
            for (Area a : scenarioAreas(s)) {
                boolean covered = intersects(gapThemes(a), s.themes());
                if (!covered) {
                    out.add(new RawFinding(
                            "GAP_RISK:" + s.id() + ":" + a.code(),
                            FindingType.GAP_RISK,
                            a.id(),
                            gapReason("GAP_RISK", a),
                            gapArgs(a, s.themes(), scenarioName(s), format(s.score()), a.name(), themeList(s.themes())),
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
            boolean covered = intersects(gapThemes(a), themes);
            if (!covered) {
                LocalizedName name =
                        in.indicatorNames().getOrDefault(t.code(), new LocalizedName(t.code(), null, null, null));
                out.add(new RawFinding(
                        "GAP_INDICATOR:" + t.code() + ":" + a.code(),
                        FindingType.GAP_INDICATOR,
                        a.id(),
                        gapReason("GAP_INDICATOR", a),
                        gapArgs(
                                a,
                                themes,
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
            List<MeasureRow> local = local(m);
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
        // the measures by id, as indexes into arrays: a national action list has tens of thousands
        List<MeasureRow> ms = new ArrayList<>(active);
        ms.sort(Comparator.comparingLong(MeasureRow::id));
        int n = ms.size();
        long[] actor = new long[n];
        long[] start = new long[n];
        long[] end = new long[n];
        int[] sig = new int[n];
        for (int i = 0; i < n; i++) {
            MeasureRow m = ms.get(i);
            actor[i] = m.responsibleActorId();
            start[i] = m.startDate() == null ? Long.MIN_VALUE : m.startDate().toEpochDay();
            end[i] = m.endDate() == null ? Long.MAX_VALUE : m.endDate().toEpochDay();
            sig[i] = signature(text(m));
        }
        // candidates share an area (one's area containing or equal to the other's), a theme and a
        // target group (or both reach everyone): a measure goes in the buckets of its own areas and,
        // as coming from below, in those of the areas above them
        Map<String, Bucket> buckets = new HashMap<>();
        List<List<Membership>> memberships = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            MeasureRow m = ms.get(i);
            List<Membership> mine = new ArrayList<>();
            memberships.add(mine);
            List<String> groups = m.targetGroups().isEmpty() ? List.of("*") : m.targetGroups();
            for (long area : m.areaIds()) {
                List<Long> places = new ArrayList<>();
                places.add(area);
                places.addAll(ancestors(area));
                for (int p = 0; p < places.size(); p++) {
                    for (String theme : m.themes()) {
                        for (String g : groups) {
                            Bucket bucket =
                                    buckets.computeIfAbsent(places.get(p) + "|" + theme + "|" + g, k -> new Bucket());
                            (p == 0 ? bucket.own : bucket.below).add(i);
                            mine.add(new Membership(bucket, p == 0));
                        }
                    }
                }
            }
        }
        // each pair once, from its lower id's side: a measure's candidates are those in its buckets
        // with at least one of the two in its own area there (in the bucket of an area above its own,
        // a measure meets only those of that area itself); then each candidate is compared once
        int[] seenBy = new int[n];
        java.util.Arrays.fill(seenBy, -1);
        long visited = 0;
        for (int a = 0; a < n; a++) {
            for (Membership member : memberships.get(a)) {
                for (int part = 0; part < (member.own() ? 2 : 1); part++) {
                    IntList list = part == 0 ? member.bucket().own : member.bucket().below;
                    for (int k = 0; k < list.size; k++) {
                        int b = list.items[k];
                        visited++;
                        if (b <= a
                                || seenBy[b] == a
                                || actor[a] == actor[b]
                                || start[a] > end[b]
                                || start[b] > end[a]) {
                            continue;
                        }
                        seenBy[b] = a;
                        TextSimilarity.Result r = similarity(sig[a], sig[b], ms.get(a), ms.get(b));
                        if (r.sameActivity()) {
                            out.add(overlap(ms.get(a), ms.get(b), r));
                        }
                    }
                }
            }
        }
        timings.put("overlapPairsVisited", visited);
        timings.put("overlapTextsCompared", (long) remembered.size());
    }

    private RawFinding overlap(MeasureRow a, MeasureRow b, TextSimilarity.Result r) {
        return new RawFinding(
                "OVERLAP:" + a.id() + ":" + b.id(),
                FindingType.OVERLAP,
                sharedArea(a, b),
                "finding.reason.OVERLAP",
                List.of(a.actorName(), b.actorName(), String.join(", ", r.sharedWords()), Math.round(r.score() * 100)),
                5 + 5 * r.score(),
                List.of(measure(a), measure(b)),
                r.sharedWords(),
                false);
    }

    /** The measures of an area, a theme and a target group: of the area itself, and of places inside it. */
    private static final class Bucket {
        final IntList own = new IntList();
        final IntList below = new IntList();
    }

    /** A measure's place in a bucket. */
    private record Membership(Bucket bucket, boolean own) {}

    /** A growing list of ints, without boxing. */
    private static final class IntList {
        int[] items = new int[4];
        int size;

        void add(int i) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = i;
        }
    }

    private static final int MAX_REMEMBERED = 200_000;
    private static final int MAX_TEXTS = 200_000;
    private final Map<String, Integer> signatures = new HashMap<>();
    private final Map<Long, TextSimilarity.Result> remembered = new HashMap<>();

    /**
     * The similarity of two measures' texts; texts that read the same (the same concepts from the
     * same words, as in a template many municipalities copy) are compared once.
     */
    private TextSimilarity.Result similarity(int sigA, int sigB, MeasureRow a, MeasureRow b) {
        long key = (long) sigA << 32 | sigB;
        TextSimilarity.Result r = remembered.get(key);
        if (r == null) {
            r = TextSimilarity.compare(text(a), text(b));
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, r);
            }
        }
        return r;
    }

    private int signature(MeasureText t) {
        return signatures.computeIfAbsent(t.signature(), k -> signatures.size());
    }

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
        MeasureText t = in.texts().get(m.text());
        if (t == null) {
            t = MeasureText.of(m.text(), null);
            if (in.texts().size() < MAX_TEXTS) {
                in.texts().put(m.text(), t);
            }
        }
        return t;
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

    // ----- where the active measures work, indexed once per computation

    private CoverageIndex coverage;

    private void index(List<MeasureRow> active) {
        coverage = CoverageIndex.of(active, in.areas());
    }

    /**
     * The active measures that work in the municipality itself or its sub-region (not region-wide
     * ones: those do not make a place covered).
     */
    private List<MeasureRow> local(Area municipality) {
        return coverage.local(municipality.id());
    }

    /** The themes that cover an area for a gap, as the coverage table counts them. */
    private Set<String> gapThemes(Area a) {
        return coverage.gapThemes(a);
    }

    /** The reason of a gap: in a municipality it also tells how many region-wide measures there are. */
    private String gapReason(String type, Area a) {
        return "MUNICIPALITY".equals(a.type()) ? "finding.reason." + type + ".local" : "finding.reason." + type;
    }

    private List<Object> gapArgs(Area a, List<String> themes, Object... args) {
        List<Object> list = new ArrayList<>(List.of(args));
        if ("MUNICIPALITY".equals(a.type())) {
            list.add(coverage.wideIn(a.id(), themes));
        }
        return list;
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
