package fi.turvaverkko.analysis.domain;

import fi.turvaverkko.analysis.domain.AnalysisRepository.Decision;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.LocalizedName;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings of the analysis for the whole country, a region or a municipality, in the caller's
 * language; what people decide about them (handled, not relevant) is kept and shown with them.
 * Computing a scope reads the published views once and is reused for a short while.
 */
@Service
public class FindingService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FindingService.class);

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Set<String> STATUSES = Set.of("OPEN", "HANDLED", "NOT_RELEVANT");
    private static final String SCENARIO = "SCENARIO";

    private final AnalysisRepository repository;
    private final AnalysisSnapshot snapshot;
    private final Areas areas;
    private final Catalogues catalogues;
    private final Messages messages;
    private final NetworkAccess access;
    private final AnalysisProperties settings;
    private final ApplicationEventPublisher events;
    private final Map<String, Computed> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> computing = new ConcurrentHashMap<>();

    FindingService(
            AnalysisRepository repository,
            AnalysisSnapshot snapshot,
            Areas areas,
            Catalogues catalogues,
            Messages messages,
            NetworkAccess access,
            AnalysisProperties settings,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.snapshot = snapshot;
        this.areas = areas;
        this.catalogues = catalogues;
        this.messages = messages;
        this.access = access;
        this.settings = settings;
        this.events = events;
    }

    private record Computed(List<RawFinding> findings, long version) {}

    /** The filters of a finding list. */
    public record Filter(String area, FindingType.Group group, FindingType type, String status) {}

    /**
     * The findings of an area (a region, a municipality, or the country when {@code area} is empty),
     * most telling first; restricted ones only for those who may read them. Only the page asked for
     * is put into words.
     */
    public PageResult<Finding> list(Filter f, PageParams paging) {
        if (f.status() != null && !STATUSES.contains(f.status())) {
            throw new InvalidInputException("status", "error.catalogue.unknownCode", f.status());
        }
        Map<String, Decision> decisions = repository.decisions();
        List<RawFinding> all = raw(f.area()).stream()
                .filter(x -> f.group() == null || x.type().group() == f.group())
                .filter(x -> f.type() == null || x.type() == f.type())
                .filter(x -> f.status() == null || f.status().equals(status(decisions.get(x.key()))))
                .toList();
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        Locale locale = LocaleContextHolder.getLocale();
        List<Finding> page = read(all.subList(from, to).stream()
                .map(r -> render(r, decisions.get(r.key()), locale))
                .toList());
        return PageResult.of(page, paging, all.size());
    }

    /** The open findings of an area: how many there are, and the first few of each group. */
    public record Summary(int open, Map<FindingType.Group, List<Finding>> top) {}

    public Summary summary(String areaCode, int perGroup) {
        Map<String, Decision> decisions = repository.decisions();
        Locale locale = LocaleContextHolder.getLocale();
        List<RawFinding> open = raw(areaCode).stream()
                .filter(r -> "OPEN".equals(status(decisions.get(r.key()))))
                .toList();
        Map<FindingType.Group, List<Finding>> top = new java.util.EnumMap<>(FindingType.Group.class);
        for (FindingType.Group g : FindingType.Group.values()) {
            top.put(
                    g,
                    read(open.stream()
                            .filter(r -> r.type().group() == g)
                            .limit(perGroup)
                            .map(r -> render(r, decisions.get(r.key()), locale))
                            .toList()));
        }
        return new Summary(open.size(), top);
    }

    /** The findings of the area, most telling first, not yet in words. */
    private List<RawFinding> raw(String areaCode) {
        AreaView scope = scope(areaCode);
        Long regionId = scope == null
                ? null
                : scope.isRegion() ? Long.valueOf(scope.id()) : areas.regionOf(Long.valueOf(scope.id()));
        List<RawFinding> raw = computed(regionId, CurrentUser.get());
        String path = scope == null ? null : areas.path(Long.valueOf(scope.id()));
        boolean municipality = scope != null && !scope.isRegion();
        return raw.stream()
                .filter(r ->
                        !municipality || (r.areaId() != null && path(r.areaId()).startsWith(path)))
                .toList();
    }

    private static String status(Decision d) {
        return d == null ? "OPEN" : d.status();
    }

    public Finding get(String key) {
        RawFinding raw = rawByKey(key);
        Finding f = render(raw, repository.decision(key).orElse(null), LocaleContextHolder.getLocale());
        read(List.of(f));
        return f;
    }

    /**
     * Reports the restricted risk scenarios behind findings handed to the caller (ADR 0024): the
     * finding names them and says why. Also for findings kept from a moment ago (the dashboard).
     */
    public <C extends java.util.Collection<Finding>> C read(C found) {
        Set<String> restricted = null;
        for (Finding f : found) {
            for (Finding.Item i : f.items()) {
                if (!SCENARIO.equals(i.type())) {
                    continue;
                }
                if (restricted == null) {
                    restricted = restrictedScenarios();
                }
                if (restricted.contains(i.id())) {
                    events.publishEvent(new RestrictedItemRead("RISK_SCENARIO", i.id(), "finding"));
                }
            }
        }
        return found;
    }

    /** The ids of the restricted scenarios in the data the findings are computed from. */
    Set<String> restrictedScenarios() {
        Set<String> ids = new java.util.HashSet<>();
        snapshot.input().scenarios().stream()
                .filter(AnalysisRepository.ScenarioRow::restricted)
                .forEach(x -> ids.add(String.valueOf(x.id())));
        return ids;
    }

    /** Marks a finding handled, not relevant, or open again, with a reason; it stays so. */
    @Transactional
    public Finding decide(String key, String status, String reason) {
        RawFinding raw = rawByKey(key);
        if (!canDecide(raw)) {
            throw new ForbiddenException();
        }
        if (status == null || !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "error.finding.status");
        }
        if (!"OPEN".equals(status) && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "validation.required");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidInputException("reason", "validation.size", 2000, 0);
        }
        Decision before = repository.decision(key).orElse(null);
        repository.decide(
                key,
                status,
                reason == null ? null : reason.trim(),
                CurrentUser.get().username());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", fi.turvaverkko.shared.Changes.change(before == null ? "OPEN" : before.status(), status));
        changes.put("reason", reason);
        events.publishEvent(ItemChanged.action("FINDING", key, "DECIDE", changes));
        return get(key);
    }

    /** The coordinator of the finding's region and authority users there decide about findings. */
    public boolean canDecide(RawFinding raw) {
        CurrentUser u = CurrentUser.get();
        if (u.isAnonymous()) {
            return false;
        }
        Long region = raw.areaId() == null ? null : areas.regionOf(raw.areaId());
        return (region != null && u.isCoordinatorOf(region))
                || (region == null && u.isCoordinator())
                || u.isAuthority();
    }

    public boolean canDecide(Finding f) {
        return canDecide(rawByKey(f.id()));
    }

    private RawFinding rawByKey(String key) {
        if (key == null || !key.matches("[A-Z_]+(:[A-Za-z0-9_-]+)+")) {
            throw new NotFoundException();
        }
        for (RawFinding r : computed(null, CurrentUser.get())) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new NotFoundException();
    }

    /** Forgets computed findings and the data they were computed from. */
    public void refresh() {
        snapshot.refresh();
        cache.clear();
    }

    /**
     * Restricted scenarios, and the findings about them, exist only for authority users and the
     * coordinator of the scenario's region (docs/rights.md); findings are computed once per
     * scope and such reading right, and shared by the users who have the same.
     */
    List<RawFinding> computed(Long regionId, CurrentUser user) {
        boolean authority = user.isAuthority();
        Set<Long> coordinated = authority ? Set.of() : new java.util.TreeSet<>(user.coordinatorRegionIds());
        String key = regionId + ":" + (authority ? "all" : coordinated.toString());
        AnalysisSnapshot.Snapshot data = snapshot.snapshot();
        long version = data.atNanos();
        Computed c = cache.get(key);
        if (c != null && c.version() == version) {
            return c.findings();
        }
        // one computation per scope at a time: those who ask meanwhile wait for its result
        synchronized (computing.computeIfAbsent(key, k -> new Object())) {
            c = cache.get(key);
            if (c != null && c.version() == version) {
                return c.findings();
            }
            long started = System.nanoTime();
            AreaView region = regionId == null ? null : areas.find(regionId).orElse(null);
            Area scope = region == null ? null : snapshot.area(region);
            java.util.function.LongPredicate restricted = authority ? r -> true : coordinated::contains;
            FindingEngine engine = new FindingEngine(data.input(), settings, scope, restricted);
            List<RawFinding> found = new ArrayList<>(engine.compute());
            found.sort(Comparator.comparingDouble(RawFinding::weight).reversed().thenComparing(RawFinding::key));
            c = new Computed(List.copyOf(found), version);
            cache.put(key, c);
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (ms > 1000) {
                log.info(
                        "Computed {} findings of {} in {} ms: {}",
                        found.size(),
                        region == null ? "the country" : region.code(),
                        ms,
                        engine.timings());
            }
            return c.findings();
        }
    }

    private String path(Long areaId) {
        String p = areas.path(areaId);
        return p == null ? "" : p;
    }

    private AreaView scope(String areaCode) {
        if (areaCode == null || areaCode.isBlank() || "FI".equals(areaCode)) {
            return null;
        }
        return areas.findByCode(areaCode.trim())
                .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", areaCode));
    }

    // ----- putting a finding in the reader's language

    private Finding render(RawFinding r, Decision d, Locale locale) {
        Object[] args = r.reasonArgs().stream().map(a -> arg(a, locale)).toArray();
        List<Finding.Item> items = new ArrayList<>();
        for (RawFinding.ItemRef i : r.items()) {
            // a resource type is named by the catalogue its module keeps, not by its code
            String label = "RESOURCE_TYPE".equals(i.type())
                    ? catalogues.label("resource-types", i.id())
                    : i.label().in(locale);
            items.add(new Finding.Item(i.type(), i.id(), label, i.href()));
        }
        String areaName = r.areaId() == null
                ? null
                : areas.find(r.areaId()).map(a -> a.name(locale)).orElse(null);
        return new Finding(
                r.key(),
                r.type(),
                r.areaId() == null ? null : String.valueOf(r.areaId()),
                areaName,
                messages.get(locale, r.reasonKey(), args),
                Math.round(r.weight() * 10) / 10.0,
                items,
                r.sharedWords(),
                d == null ? "OPEN" : d.status(),
                d == null ? null : d.reason(),
                d == null ? null : d.decidedBy());
    }

    private Object arg(Object a, Locale locale) {
        if (a instanceof LocalizedName n) {
            return n.in(locale);
        }
        if (a instanceof FindingEngine.ThemeList t) {
            return String.join(
                    ", ",
                    t.codes().stream().map(c -> catalogues.label("themes", c)).toList());
        }
        if (a instanceof FindingEngine.CodeLabel c) {
            return catalogues.label(c.catalogue(), c.code());
        }
        if (a instanceof FindingEngine.MissingLinks m) {
            return String.join(
                    ", ",
                    m.missing().stream()
                            .map(x -> messages.get(locale, "finding.missing." + x))
                            .toList());
        }
        if (a instanceof LocalDate d) {
            return TimeFormat.date(d, locale);
        }
        return a;
    }
}
