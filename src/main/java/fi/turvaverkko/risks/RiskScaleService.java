package fi.turvaverkko.risks;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.risks.domain.RiskScaleRepository;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scales each region defines for its risk assessment. Every logged-in user reads them; the
 * coordinator of the region keeps them. A scale whose bands leave a gap is refused, and so is a
 * change that would leave the region's scenarios outside the scale.
 */
@Service
public class RiskScaleService {

    private final RiskScaleRepository repository;
    private final RiskRights rights;
    private final Areas areas;
    private final ApplicationEventPublisher events;

    RiskScaleService(RiskScaleRepository repository, RiskRights rights, Areas areas, ApplicationEventPublisher events) {
        this.repository = repository;
        this.rights = rights;
        this.areas = areas;
        this.events = events;
    }

    /** The scales of a region (by code), or of every region. */
    public List<RiskScaleView> list(String regionCode) {
        Long region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = Long.valueOf(areas.findByCode(regionCode)
                    .filter(AreaView::isRegion)
                    .orElseThrow(() -> new InvalidInputException("region", "error.risk.unknownRegion", regionCode))
                    .id());
        }
        return repository.list(region).stream().map(this::withRegionCode).toList();
    }

    public RiskScaleView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /**
     * A scale by id, through a short-lived cache: every scenario shown needs its scale, and scales
     * change rarely; a change on this node is seen at once, on another within a minute.
     */
    public Optional<RiskScaleView> find(long id) {
        Cached c = cache.get(id);
        long now = System.nanoTime();
        if (c != null && now - c.loadedAt() < TTL_NANOS) {
            return Optional.of(c.scale());
        }
        Optional<RiskScaleView> s = repository.find(id).map(this::withRegionCode);
        s.ifPresent(x -> cache.put(id, new Cached(x, now)));
        return s;
    }

    private record Cached(RiskScaleView scale, long loadedAt) {}

    private static final long TTL_NANOS = 60_000_000_000L;
    private final java.util.Map<Long, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The scale new scenarios of the region use: its newest. */
    public Optional<RiskScaleView> defaultFor(long regionId) {
        return repository.latestOf(regionId).flatMap(this::find);
    }

    /** The 2018 regional template, to start a new scale from. */
    public RiskScaleView template() {
        return ScaleTemplate.lapland2018();
    }

    public boolean canEdit(RiskScaleView s) {
        return rights.keepsScales(Long.valueOf(s.regionId()));
    }

    public boolean canCreateIn(Long regionId) {
        return rights.keepsScales(regionId);
    }

    /** May the user create a scale in some region (to offer the button)? */
    public boolean canCreateSome() {
        return !rights.user().coordinatorRegionIds().isEmpty();
    }

    @Transactional
    public RiskScaleView create(RiskScaleView s) {
        long region = region(s);
        List<Problem> problems = ScaleRules.check(s);
        InvalidInputException.throwIfAny(problems);
        if (!rights.keepsScales(region)) {
            throw new ForbiddenException();
        }
        RiskScaleView clean = clean(s);
        if (repository.nameTaken(region, clean.name(), null)) {
            throw duplicateName(clean.name());
        }
        long id = repository.insert(region, clean);
        RiskScaleView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("RISK_SCALE", id, created));
        return created;
    }

    @Transactional
    public RiskScaleView update(String id, RiskScaleView s) {
        RiskScaleView before = get(id);
        if (!rights.keepsScales(Long.valueOf(before.regionId()))) {
            throw new ForbiddenException();
        }
        List<Problem> problems = ScaleRules.check(s);
        InvalidInputException.throwIfAny(problems);
        RiskScaleView clean = clean(s);
        long scaleId = Long.parseLong(before.id());
        if (repository.nameTaken(Long.parseLong(before.regionId()), clean.name(), scaleId)) {
            throw duplicateName(clean.name());
        }
        refuseChangesThatStrandScenarios(scaleId, clean);
        if (s.version() == null || !repository.update(scaleId, s.version(), clean)) {
            throw new StaleVersionException(before);
        }
        cache.remove(scaleId);
        RiskScaleView after = get(id);
        events.publishEvent(ItemChanged.updated("RISK_SCALE", id, before, after));
        return after;
    }

    @Transactional
    public void delete(String id) {
        RiskScaleView before = get(id);
        if (!rights.keepsScales(Long.valueOf(before.regionId()))) {
            throw new ForbiddenException();
        }
        if (repository.scenarioCount(Long.parseLong(before.id())) > 0) {
            throw new ConflictException("error.riskScale.inUse");
        }
        repository.delete(Long.parseLong(before.id()));
        cache.remove(Long.parseLong(before.id()));
        events.publishEvent(ItemChanged.deleted("RISK_SCALE", id, before));
    }

    /** Loads a scale without checking rights, for demo and benchmark data. */
    @Transactional
    public RiskScaleView load(long regionId, RiskScaleView s) {
        InvalidInputException.throwIfAny(ScaleRules.check(s));
        long id = repository.insert(regionId, clean(s));
        return get(String.valueOf(id));
    }

    private void refuseChangesThatStrandScenarios(long scaleId, RiskScaleView s) {
        if (repository.scenarioCount(scaleId) == 0) {
            return;
        }
        int[] used = repository.maxUsedLevels(scaleId);
        if (used[0] > s.likelihoodLevels() || used[1] > s.impactLevels()) {
            throw new DomainException(
                    409,
                    "error.riskScale.levelsInUse",
                    List.of(Problem.field("impacts", "error.riskScale.levelsInUse")));
        }
        Set<String> codes = new HashSet<>();
        s.impacts().forEach(d -> codes.add(d.code()));
        List<String> missing = new ArrayList<>();
        for (String code : repository.usedImpactCodes(scaleId)) {
            if (!codes.contains(code)) {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(
                    409,
                    "error.riskScale.dimensionInUse",
                    List.of(Problem.field("impacts", "error.riskScale.dimensionInUse", String.join(", ", missing))),
                    String.join(", ", missing));
        }
    }

    private long region(RiskScaleView s) {
        List<Problem> problems = new ArrayList<>();
        AreaView byCode = null;
        AreaView byId = null;
        if (s.regionCode() != null && !s.regionCode().isBlank()) {
            byCode = areas.findByCode(s.regionCode()).filter(AreaView::isRegion).orElse(null);
            if (byCode == null) {
                problems.add(Problem.field("regionCode", "error.risk.unknownRegion", s.regionCode()));
            }
        }
        if (s.regionId() != null && !s.regionId().isBlank()) {
            try {
                byId = areas.find(Ids.parse(s.regionId()))
                        .filter(AreaView::isRegion)
                        .orElse(null);
            } catch (NotFoundException e) {
                byId = null;
            }
            if (byId == null) {
                problems.add(Problem.field("regionId", "error.risk.unknownRegion", s.regionId()));
            }
        }
        if (byCode == null && byId == null && problems.isEmpty()) {
            problems.add(Problem.field("regionCode", "validation.required"));
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("regionCode", "error.risk.regionMismatch"));
        }
        InvalidInputException.throwIfAny(problems);
        return Long.parseLong((byCode != null ? byCode : byId).id());
    }

    private static RiskScaleView clean(RiskScaleView s) {
        return new RiskScaleView(
                null,
                null,
                null,
                s.name().trim(),
                blank(s.nameSv()),
                blank(s.nameEn()),
                blank(s.description()),
                cleanDimension(s.likelihood()),
                s.impacts().stream().map(RiskScaleService::cleanDimension).toList(),
                s.version());
    }

    private static RiskDimensionView cleanDimension(RiskDimensionView d) {
        return new RiskDimensionView(
                d.code() == null ? null : d.code().trim(),
                d.name().trim(),
                blank(d.nameSv()),
                blank(d.nameEn()),
                blank(d.unit()),
                blank(d.unitSv()),
                blank(d.unitEn()),
                d.levels().stream()
                        .map(l -> new RiskLevelView(
                                l.level(),
                                l.label().trim(),
                                blank(l.labelSv()),
                                blank(l.labelEn()),
                                l.lower(),
                                l.upper()))
                        .toList());
    }

    private static DomainException duplicateName(String name) {
        return new DomainException(
                409,
                "error.riskScale.duplicateName",
                List.of(Problem.field("name", "error.riskScale.duplicateName", name)),
                name);
    }

    private RiskScaleView withRegionCode(RiskScaleView s) {
        String code = areas.find(Long.valueOf(s.regionId())).map(AreaView::code).orElse(null);
        return new RiskScaleView(
                s.id(),
                s.regionId(),
                code,
                s.name(),
                s.nameSv(),
                s.nameEn(),
                s.description(),
                s.likelihood(),
                s.impacts(),
                s.version());
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
