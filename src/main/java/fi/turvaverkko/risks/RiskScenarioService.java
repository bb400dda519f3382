package fi.turvaverkko.risks;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.risks.domain.RiskScenarioRepository;
import fi.turvaverkko.risks.domain.RiskScenarioRepository.MatrixPoint;
import fi.turvaverkko.risks.domain.RiskScenarioRepository.Visibility;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.StaleVersionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk scenarios of the regional risk assessment and their matrix. Every logged-in user reads the
 * scenarios that are not restricted; a restricted scenario exists only for authority users and the
 * coordinator of its region (404 for everyone else, and absent from every list, count and matrix);
 * the coordinator, the region's preparedness committee and the owner's users edit them.
 */
@Service
public class RiskScenarioService {

    static final int MAX_LINKS = 100;
    static final String ITEM = "RISK_SCENARIO";

    private final RiskScenarioRepository repository;
    private final RiskScaleService scales;
    private final RiskRights rights;
    private final Areas areas;
    private final Actors actors;
    private final Catalogues catalogues;
    private final ApplicationEventPublisher events;
    private final MitigatingMeasures mitigating;

    RiskScenarioService(
            RiskScenarioRepository repository,
            RiskScaleService scales,
            RiskRights rights,
            Areas areas,
            Actors actors,
            Catalogues catalogues,
            ApplicationEventPublisher events,
            MitigatingMeasures mitigating) {
        this.repository = repository;
        this.scales = scales;
        this.rights = rights;
        this.areas = areas;
        this.actors = actors;
        this.catalogues = catalogues;
        this.events = events;
        this.mitigating = mitigating;
    }

    /**
     * The filters of the list and the matrix: {@code region} and {@code area} are area codes (a
     * scenario matches an area when it names the area or one below it); {@code likelihood} and
     * {@code impact} pick a cell of the matrix (the residual one with {@code residual}).
     */
    public record Filter(
            String region,
            String area,
            String category,
            String theme,
            String q,
            Integer likelihood,
            Integer impact,
            Boolean residual,
            BigDecimal minScore,
            Boolean reviewOverdue,
            String owner,
            String measure,
            String resourceType) {

        public static Filter ofRegion(String region) {
            return new Filter(region, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public PageResult<RiskScenarioView> list(Filter f, PageParams paging) {
        PageResult<RiskScenarioView> page = repository.list(resolve(f), visibility(), paging);
        page.content().forEach(this::read);
        return page.map(this::withCodes);
    }

    /** Reports a restricted scenario handed to the caller to the audit log (ADR 0024). */
    private RiskScenarioView read(RiskScenarioView s) {
        if (s.confidential()) {
            events.publishEvent(new RestrictedItemRead(ITEM, s.id(), "scenario"));
        }
        return s;
    }

    /** The scenario, or 404 when it does not exist or the caller may not read it. */
    public RiskScenarioView get(String id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /** The scenario if the caller may read it; a read of a restricted one goes to the audit log. */
    public Optional<RiskScenarioView> find(String id) {
        long key;
        try {
            key = Ids.parse(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return repository.find(key).filter(rights::canRead).map(this::read).map(this::withCodes);
    }

    /** The scenarios a measure of the planning module mitigates, as the caller may see them. */
    public List<RiskScenarioView> mitigatedBy(String measureId) {
        return repository.byMeasure(Ids.parse(measureId), visibility()).stream()
                .map(this::read)
                .map(this::withCodes)
                .toList();
    }

    public boolean canEdit(RiskScenarioView s) {
        return rights.canEdit(s);
    }

    public boolean canDelete(RiskScenarioView s) {
        return rights.canDelete(s);
    }

    public boolean canCreateIn(Long regionId) {
        return rights.canCreateScenario(regionId);
    }

    /** May the user mark scenarios of this region restricted (read restricted ones)? */
    public boolean readsRestricted(Long regionId) {
        return rights.readsRestricted(regionId);
    }

    // the matrix

    public RiskMatrix matrix(Filter f) {
        return matrix(f, true);
    }

    /**
     * The matrix with the number of scenarios in each cell only, for dashboards: no titles, so no
     * restricted scenario is read (and none is audited as read); the counts include restricted
     * scenarios only for those who may read them.
     */
    public RiskMatrix matrixCounts(Filter f) {
        return matrix(f, false);
    }

    private RiskMatrix matrix(Filter f, boolean withScenarios) {
        RiskScenarioRepository.Filter filter = resolve(f);
        boolean residual = Boolean.TRUE.equals(f.residual());
        RiskScaleView scale = filter.regionId() == null
                ? null
                : scales.defaultFor(filter.regionId()).orElse(null);
        int n = scale == null ? 5 : scale.likelihoodLevels();
        int m = scale == null ? 5 : scale.impactLevels();
        // the matrix shows every cell: a cell filter picks the list below it, not the matrix
        RiskScenarioRepository.Filter all = new RiskScenarioRepository.Filter(
                filter.regionId(),
                filter.areaIds(),
                filter.category(),
                filter.theme(),
                filter.text(),
                null,
                null,
                residual,
                filter.minScore(),
                filter.reviewOverdue(),
                filter.ownerActorId(),
                filter.measureId(),
                filter.resourceType());
        Map<String, List<RiskMatrix.Entry>> cells = new LinkedHashMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        int total = 0;
        for (MatrixPoint p : repository.matrix(all, visibility())) {
            Integer l = residual ? p.residualLikelihood() : Integer.valueOf(p.likelihood());
            Integer i = residual ? p.residualImpact() : Integer.valueOf(RiskScores.cell(p.meanImpact()));
            if (l == null || i == null) {
                continue;
            }
            l = Math.max(1, Math.min(n, l));
            i = Math.max(1, Math.min(m, i));
            counts.merge(l + "/" + i, 1, Integer::sum);
            total++;
            if (!withScenarios) {
                continue;
            }
            if (p.restricted()) {
                events.publishEvent(new RestrictedItemRead(ITEM, String.valueOf(p.id()), "matrix"));
            }
            String title = fi.turvaverkko.shared.LocalizedName.of(p.title(), p.titleSv(), p.titleEn())
                    .in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
            cells.computeIfAbsent(l + "/" + i, k -> new ArrayList<>())
                    .add(new RiskMatrix.Entry(
                            String.valueOf(p.id()), title, residual ? p.residualScore() : p.score(), p.restricted()));
        }
        List<RiskMatrix.Row> rows = new ArrayList<>();
        for (int l = n; l >= 1; l--) {
            List<RiskMatrix.Cell> row = new ArrayList<>();
            for (int i = 1; i <= m; i++) {
                List<RiskMatrix.Entry> in = cells.getOrDefault(l + "/" + i, List.of());
                row.add(new RiskMatrix.Cell(
                        l, i, RiskScores.band(l, i, n, m), counts.getOrDefault(l + "/" + i, 0), in));
            }
            rows.add(new RiskMatrix.Row(l, row));
        }
        return new RiskMatrix(
                filter.regionId() == null ? null : String.valueOf(filter.regionId()),
                scale == null ? null : scale.id(),
                n,
                m,
                residual,
                rows,
                total);
    }

    // changes

    @Transactional
    public RiskScenarioView create(RiskScenarioView s) {
        Valid v = validate(s, List.of(), true);
        if (!rights.canCreateScenario(v.row().regionId())) {
            throw new ForbiddenException();
        }
        if (v.row().restricted() && !rights.readsRestricted(v.row().regionId())) {
            throw new ForbiddenException();
        }
        long id = repository.insert(v.row());
        RiskScenarioView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("RISK_SCENARIO", id, created)
                .onBehalfOf(v.row().ownerActorId()));
        return created;
    }

    @Transactional
    public RiskScenarioView update(String id, RiskScenarioView s) {
        RiskScenarioView before = get(id);
        if (!rights.canEdit(before)) {
            throw new ForbiddenException();
        }
        Valid v = validate(s, before.measureIds(), true);
        if (!String.valueOf(v.row().regionId()).equals(before.regionId())
                && !rights.canCreateScenario(v.row().regionId())) {
            throw new ForbiddenException();
        }
        if (v.row().restricted() != before.confidential()
                && !rights.readsRestricted(v.row().regionId())) {
            throw new ForbiddenException();
        }
        if (v.row().restricted() && !rights.readsRestricted(v.row().regionId())) {
            throw new ForbiddenException();
        }
        if (s.version() == null || !repository.update(Long.parseLong(before.id()), s.version(), v.row())) {
            throw new StaleVersionException(before);
        }
        RiskScenarioView after = get(id);
        events.publishEvent(ItemChanged.updated("RISK_SCENARIO", id, before, after)
                .onBehalfOf(v.row().ownerActorId()));
        return after;
    }

    @Transactional
    public void delete(String id) {
        RiskScenarioView before = get(id);
        if (!rights.canDelete(before)) {
            throw new ForbiddenException();
        }
        repository.delete(Long.parseLong(before.id()));
        events.publishEvent(ItemChanged.deleted("RISK_SCENARIO", id, before));
    }

    /** Adds a scenario without checking rights, for demo and benchmark data. */
    @Transactional
    public RiskScenarioView load(RiskScenarioView s) {
        long id = repository.insert(validate(s, List.of(), false).row());
        return repository.find(id).map(this::withCodes).orElseThrow();
    }

    // validation

    private record Valid(RiskScenarioRepository.Row row) {}

    /**
     * Checks a scenario; {@code knownMeasures} are measure ids taken as they are (those already
     * linked, or every id for demo and benchmark data), the others must be measures the user reads.
     */
    private Valid validate(RiskScenarioView s, java.util.Collection<String> knownMeasures, boolean checkMeasures) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", s.title(), true, 300);
        text(problems, "titleSv", s.titleSv(), false, 300);
        text(problems, "titleEn", s.titleEn(), false, 300);
        text(problems, "description", s.description(), false, 8000);
        text(problems, "descriptionSv", s.descriptionSv(), false, 8000);
        if (s.category() == null || s.category().isBlank()) {
            problems.add(Problem.field("category", "validation.required"));
        } else if (!catalogues.isActive(RiskCatalogues.CATEGORIES, s.category())) {
            problems.add(Problem.field("category", "error.catalogue.unknownCode", s.category()));
        }
        List<String> themes = themes(s.themes(), problems);
        // areas and the region
        List<AreaView> chosen = areasOf(s, problems);
        AreaView region = region(s, chosen, problems);
        if (region != null) {
            String path = areas.path(Long.valueOf(region.id()));
            for (AreaView a : chosen) {
                String p = areas.path(Long.valueOf(a.id()));
                if (p == null || !p.startsWith(path)) {
                    problems.add(Problem.field("areaCodes", "error.risk.areaOutsideRegion", a.localName()));
                }
            }
        }
        // owner
        ActorView owner = null;
        if (s.ownerActorId() == null || s.ownerActorId().isBlank()) {
            problems.add(Problem.field("ownerActorId", "validation.required"));
        } else {
            try {
                owner = actors.find(Ids.parse(s.ownerActorId())).orElse(null);
            } catch (NotFoundException e) {
                owner = null;
            }
            if (owner == null) {
                problems.add(Problem.field("ownerActorId", "error.risk.unknownOwner"));
            }
        }
        boolean restricted = Boolean.TRUE.equals(s.restricted());
        if (restricted && owner != null && !Boolean.TRUE.equals(owner.authority())) {
            problems.add(Problem.field("ownerActorId", "error.risk.restrictedOwner"));
        }
        if (s.reliability() == null || s.reliability().isBlank()) {
            problems.add(Problem.field("reliability", "validation.required"));
        } else if (!RiskCatalogues.RELIABILITIES.contains(s.reliability())) {
            problems.add(Problem.field("reliability", "error.risk.reliability", s.reliability()));
        }
        // the scale and the ratings on it
        RiskScaleView scale = region == null ? null : scale(s, Long.valueOf(region.id()), problems);
        Map<String, Integer> impacts = new LinkedHashMap<>();
        BigDecimal mean = null;
        BigDecimal score = null;
        BigDecimal residualScore = null;
        if (scale != null) {
            level(problems, "likelihood", s.likelihood(), scale.likelihoodLevels(), true);
            Map<String, Integer> given = s.impacts() == null ? Map.of() : s.impacts();
            for (String code : given.keySet()) {
                if (scale.impact(code) == null) {
                    problems.add(Problem.field("impacts." + code, "error.risk.unknownDimension", code));
                }
            }
            for (RiskDimensionView d : scale.impacts()) {
                Integer level = given.get(d.code());
                if (level == null) {
                    problems.add(Problem.field("impacts." + d.code(), "error.risk.impactMissing", d.localName()));
                } else if (level < 1 || level > d.size()) {
                    problems.add(Problem.field(
                            "impacts." + d.code(), "error.risk.outsideScale", d.localName(), level, d.size()));
                } else {
                    impacts.put(d.code(), level);
                }
            }
            if ((s.residualLikelihood() == null) != (s.residualImpact() == null)) {
                problems.add(Problem.field(
                        s.residualLikelihood() == null ? "residualLikelihood" : "residualImpact",
                        "error.risk.residualPair"));
            } else if (s.residualLikelihood() != null) {
                level(problems, "residualLikelihood", s.residualLikelihood(), scale.likelihoodLevels(), false);
                level(problems, "residualImpact", s.residualImpact(), scale.impactLevels(), false);
            }
            if (problems.isEmpty()) {
                mean = RiskScores.mean(impacts.values());
                score = RiskScores.score(mean, s.likelihood());
                if (s.residualLikelihood() != null) {
                    residualScore = BigDecimal.valueOf((long) s.residualLikelihood() * s.residualImpact())
                            .setScale(2);
                    if (residualScore.compareTo(score) > 0) {
                        problems.add(Problem.field("residualImpact", "error.risk.residualAboveScore"));
                    }
                }
            }
        }
        List<Long> measures = ids(s.measureIds(), "measureIds", problems);
        if (checkMeasures) {
            for (Long m : measures) {
                if (!knownMeasures.contains(String.valueOf(m)) && !mitigating.exists(m)) {
                    problems.add(Problem.field("measureIds", "error.risk.unknownMeasure", String.valueOf(m)));
                }
            }
        }
        List<String> resourceTypes = codes(s.resourceTypes(), "resourceTypes", problems);
        InvalidInputException.throwIfAny(problems);
        Set<Long> areaIds = new LinkedHashSet<>();
        chosen.forEach(a -> areaIds.add(Long.valueOf(a.id())));
        return new Valid(new RiskScenarioRepository.Row(
                Long.parseLong(region.id()),
                Long.parseLong(scale.id()),
                s.title().trim(),
                blank(s.titleSv()),
                blank(s.titleEn()),
                blank(s.description()),
                blank(s.descriptionSv()),
                s.category(),
                Long.parseLong(owner.id()),
                s.reviewDate(),
                s.likelihood(),
                mean,
                score,
                s.reliability(),
                s.residualLikelihood(),
                s.residualImpact(),
                residualScore,
                restricted,
                impacts,
                areaIds,
                themes,
                measures,
                resourceTypes));
    }

    private List<AreaView> areasOf(RiskScenarioView s, List<Problem> problems) {
        List<AreaView> out = new ArrayList<>();
        if (s.areaCodes() != null) {
            for (String code : s.areaCodes()) {
                if (code == null || code.isBlank()) {
                    continue;
                }
                areas.findByCode(code.trim())
                        .ifPresentOrElse(
                                out::add,
                                () -> problems.add(Problem.field("areaCodes", "error.risk.unknownArea", code.trim())));
            }
        }
        if (s.areaIds() != null) {
            for (String id : s.areaIds()) {
                if (id == null || id.isBlank()) {
                    continue;
                }
                Optional<AreaView> a;
                try {
                    a = areas.find(Ids.parse(id));
                } catch (NotFoundException e) {
                    a = Optional.empty();
                }
                a.filter(x -> out.stream().noneMatch(y -> y.id().equals(x.id())))
                        .ifPresent(out::add);
                if (a.isEmpty()) {
                    problems.add(Problem.field("areaIds", "error.risk.unknownArea", id.trim()));
                }
            }
        }
        if (out.isEmpty()
                && problems.stream()
                        .noneMatch(p -> p.field() != null && p.field().startsWith("area"))) {
            problems.add(Problem.field("areaCodes", "error.risk.noAreas"));
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field("areaCodes", "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private AreaView region(RiskScenarioView s, List<AreaView> chosen, List<Problem> problems) {
        AreaView region = null;
        if (s.regionCode() != null && !s.regionCode().isBlank()) {
            region = areas.findByCode(s.regionCode()).filter(AreaView::isRegion).orElse(null);
            if (region == null) {
                problems.add(Problem.field("regionCode", "error.risk.unknownRegion", s.regionCode()));
                return null;
            }
        } else if (s.regionId() != null && !s.regionId().isBlank()) {
            try {
                region = areas.find(Ids.parse(s.regionId()))
                        .filter(AreaView::isRegion)
                        .orElse(null);
            } catch (NotFoundException e) {
                region = null;
            }
            if (region == null) {
                problems.add(Problem.field("regionId", "error.risk.unknownRegion", s.regionId()));
                return null;
            }
        } else if (!chosen.isEmpty()) {
            AreaView first = chosen.get(0);
            Long r = first.isRegion() ? Long.valueOf(first.id()) : areas.regionOf(Long.valueOf(first.id()));
            region = r == null ? null : areas.find(r).orElse(null);
            if (region == null) {
                problems.add(Problem.field("regionCode", "validation.required"));
            }
        }
        return region;
    }

    private RiskScaleView scale(RiskScenarioView s, long regionId, List<Problem> problems) {
        RiskScaleView scale;
        if (s.scaleId() != null && !s.scaleId().isBlank()) {
            try {
                scale = scales.find(Ids.parse(s.scaleId()))
                        .filter(x -> x.regionId().equals(String.valueOf(regionId)))
                        .orElse(null);
            } catch (NotFoundException e) {
                scale = null;
            }
            if (scale == null) {
                problems.add(Problem.field("scaleId", "error.risk.unknownScale"));
            }
        } else {
            scale = scales.defaultFor(regionId).orElse(null);
            if (scale == null) {
                problems.add(Problem.field("scaleId", "error.risk.noScale"));
            }
        }
        return scale;
    }

    private List<String> themes(List<String> given, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        List<CatalogueEntry> known = catalogues.active(RiskCatalogues.THEMES);
        for (String t : given) {
            if (t == null || t.isBlank()) {
                continue;
            }
            String code = t.trim();
            if (!code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field("themes", "error.risk.code", code));
            } else if (!known.isEmpty()
                    && known.stream().noneMatch(e -> e.code().equals(code))) {
                problems.add(Problem.field("themes", "error.catalogue.unknownCode", code));
            } else if (!out.contains(code)) {
                out.add(code);
            }
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field("themes", "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private static List<Long> ids(List<String> given, String field, List<Problem> problems) {
        List<Long> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (String id : given) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                long v = Ids.parse(id);
                if (v <= 0) {
                    throw new NotFoundException();
                }
                if (!out.contains(v)) {
                    out.add(v);
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field(field, "error.risk.measureId", id.trim()));
            }
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field(field, "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private static List<String> codes(List<String> given, String field, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (String c : given) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String code = c.trim();
            if (!code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field(field, "error.risk.code", code));
            } else if (!out.contains(code)) {
                out.add(code);
            }
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field(field, "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private static void level(List<Problem> problems, String field, Integer value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
        } else if (value < 1 || value > max) {
            problems.add(Problem.field(field, "error.risk.levelOutside", value, max));
        }
    }

    private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
        } else if (value.trim().length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
    }

    // reading

    private Visibility visibility() {
        return new Visibility(rights.isAuthority(), rights.restrictedRegions());
    }

    private RiskScenarioRepository.Filter resolve(Filter f) {
        List<Problem> problems = new ArrayList<>();
        Long region = null;
        if (f.region() != null && !f.region().isBlank()) {
            AreaView r = areas.findByCode(f.region()).filter(AreaView::isRegion).orElse(null);
            if (r == null) {
                problems.add(Problem.field("region", "error.risk.unknownRegion", f.region()));
            } else {
                region = Long.valueOf(r.id());
            }
        }
        List<Long> areaIds = null;
        if (f.area() != null && !f.area().isBlank()) {
            AreaView a = areas.findByCode(f.area()).orElse(null);
            if (a == null) {
                problems.add(Problem.field("area", "error.risk.unknownArea", f.area()));
            } else {
                // a scenario of the area, of an area below it, or of an area above it (its region)
                areaIds = new ArrayList<>();
                for (AreaView x : areas.within(Long.valueOf(a.id()), null)) {
                    areaIds.add(Long.valueOf(x.id()));
                }
                for (AreaView x : areas.ancestry(Long.valueOf(a.id()))) {
                    areaIds.add(Long.valueOf(x.id()));
                }
            }
        }
        Long owner = null;
        if (f.owner() != null && !f.owner().isBlank()) {
            try {
                owner = Ids.parse(f.owner());
            } catch (NotFoundException e) {
                problems.add(Problem.field("owner", "error.risk.unknownOwner"));
            }
        }
        Long measure = null;
        if (f.measure() != null && !f.measure().isBlank()) {
            try {
                measure = Ids.parse(f.measure());
            } catch (NotFoundException e) {
                problems.add(Problem.field("measure", "error.risk.measureId", f.measure()));
            }
        }
        if (f.likelihood() != null && (f.likelihood() < 1 || f.likelihood() > ScaleRules.MAX_LEVELS)) {
            problems.add(Problem.field("likelihood", "error.risk.levelOutside", f.likelihood(), ScaleRules.MAX_LEVELS));
        }
        if (f.impact() != null && (f.impact() < 1 || f.impact() > ScaleRules.MAX_LEVELS)) {
            problems.add(Problem.field("impact", "error.risk.levelOutside", f.impact(), ScaleRules.MAX_LEVELS));
        }
        InvalidInputException.throwIfAny(problems);
        return new RiskScenarioRepository.Filter(
                region,
                areaIds,
                blank(f.category()),
                blank(f.theme()),
                f.q(),
                f.likelihood(),
                f.impact(),
                Boolean.TRUE.equals(f.residual()),
                f.minScore(),
                f.reviewOverdue(),
                owner,
                measure,
                blank(f.resourceType()));
    }

    private RiskScenarioView withCodes(RiskScenarioView s) {
        String regionCode =
                areas.find(Long.valueOf(s.regionId())).map(AreaView::code).orElse(null);
        List<String> codes = new ArrayList<>();
        for (String id : s.areaIds()) {
            areas.find(Long.valueOf(id)).ifPresent(a -> codes.add(a.code()));
        }
        Map<String, Integer> impacts = s.impacts();
        RiskScaleView scale = scales.find(Long.parseLong(s.scaleId())).orElse(null);
        if (scale != null) {
            // the scale's order of dimensions, not the alphabet's
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (RiskDimensionView d : scale.impacts()) {
                if (impacts.containsKey(d.code())) {
                    ordered.put(d.code(), impacts.get(d.code()));
                }
            }
            impacts.forEach(ordered::putIfAbsent);
            impacts = ordered;
        }
        return new RiskScenarioView(
                s.id(),
                s.regionId(),
                regionCode,
                s.scaleId(),
                s.title(),
                s.titleSv(),
                s.titleEn(),
                s.description(),
                s.descriptionSv(),
                s.category(),
                s.themes(),
                s.areaIds(),
                codes,
                s.ownerActorId(),
                s.reviewDate(),
                s.likelihood(),
                impacts,
                s.meanImpact(),
                s.score(),
                s.reliability(),
                s.residualLikelihood(),
                s.residualImpact(),
                s.residualScore(),
                s.measureIds(),
                s.resourceTypes(),
                s.restricted(),
                s.version());
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
