package fi.turvaverkko.network;

import fi.turvaverkko.network.domain.AreaDirectory;
import fi.turvaverkko.network.domain.AreaRepository;
import fi.turvaverkko.network.domain.AreaRepository.AreaRow;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas: read through an in-memory directory (a national deployment has some 330 areas, read on
 * almost every request), changed by admins and by the coordinator of the area's region.
 */
@Service
public class AreaService {

    private final AreaRepository repository;
    private final AreaDirectory areas;
    private final ApplicationEventPublisher events;
    private final NetworkAccess access;

    AreaService(
            AreaRepository repository, AreaDirectory areas, ApplicationEventPublisher events, NetworkAccess access) {
        this.repository = repository;
        this.areas = areas;
        this.events = events;
        this.access = access;
    }

    private AreaDirectory.Snapshot directory() {
        return areas.get();
    }

    /** Forgets the directory so that the next read sees a change at once. */
    public void refresh() {
        areas.refresh();
    }

    public Optional<AreaView> find(Long id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(directory().byId().get(id)).map(AreaRow::view);
    }

    public Optional<AreaView> findByCode(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(directory().byCode().get(code.trim())).map(AreaRow::view);
    }

    public AreaView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** The path of codes from the top, e.g. {@code /FI/19/SK191/698/}. */
    public String path(Long id) {
        AreaRow r = id == null ? null : directory().byId().get(id);
        return r == null ? null : r.path();
    }

    /** The region an area belongs to (the region itself for a region), or null for the country. */
    public Long regionOf(Long areaId) {
        return areas.regionOf(areaId);
    }

    /** The area and the areas above it, top first. */
    public List<AreaView> ancestry(Long id) {
        List<AreaView> chain = new ArrayList<>();
        AreaRow r = id == null ? null : directory().byId().get(id);
        while (r != null) {
            chain.add(0, r.view());
            r = r.view().parentId() == null
                    ? null
                    : directory().byId().get(Long.valueOf(r.view().parentId()));
        }
        return chain;
    }

    public List<AreaView> children(Long id) {
        String parent = String.valueOf(id);
        return directory().byId().values().stream()
                .map(AreaRow::view)
                .filter(a -> parent.equals(a.parentId()))
                .sorted(Comparator.comparing(AreaView::name))
                .toList();
    }

    public List<AreaView> ofType(AreaType type) {
        return directory().byId().values().stream()
                .map(AreaRow::view)
                .filter(a -> a.type().equals(type.name()))
                .sorted(Comparator.comparing(AreaView::name))
                .toList();
    }

    /** Municipalities (and other areas) within an area, the area itself included. */
    public List<AreaView> within(Long id, AreaType type) {
        String path = path(id);
        if (path == null) {
            return List.of();
        }
        return directory().byId().values().stream()
                .filter(r -> r.path().startsWith(path))
                .map(AreaRow::view)
                .filter(a -> type == null || a.type().equals(type.name()))
                .sorted(Comparator.comparing(AreaView::name))
                .toList();
    }

    /** The region whose lead actor this is, if any. */
    public List<AreaView> regionsLedBy(long actorId) {
        String actor = String.valueOf(actorId);
        return directory().byId().values().stream()
                .map(AreaRow::view)
                .filter(a -> actor.equals(a.leadActorId()))
                .toList();
    }

    public PageResult<AreaView> list(String type, String withinCode, String text, PageParams paging) {
        String within = null;
        if (withinCode != null && !withinCode.isBlank()) {
            AreaRow r = directory().byCode().get(withinCode.trim());
            if (r == null) {
                throw new InvalidInputException("within", "error.area.unknownCode", withinCode);
            }
            within = r.path();
        }
        if (type != null && !type.isBlank()) {
            try {
                AreaType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "error.area.type", type);
            }
        }
        return repository.list(blank(type), within, text, paging);
    }

    public Optional<String> border(Long id) {
        return repository.border(id);
    }

    /** The borders of the municipalities around an area, to draw it on a small map. */
    public List<Map.Entry<Long, String>> contextBorders(AreaView area) {
        String regionPath =
                area.regionId() == null ? path(Long.valueOf(area.id())) : path(Long.valueOf(area.regionId()));
        return repository.municipalityBordersWithin(regionPath);
    }

    @Transactional
    public AreaView create(AreaView a) {
        List<Problem> problems = validate(a);
        AreaType type = parseType(a.type(), problems);
        AreaView parent = null;
        if (type != null && type != AreaType.COUNTRY) {
            parent = resolveParent(a, problems);
        }
        if (a.code() != null && directory().byCode().containsKey(a.code().trim())) {
            throw new ConflictException("error.area.duplicateCode", a.code());
        }
        InvalidInputException.throwIfAny(problems);
        if (type == AreaType.COUNTRY || type == AreaType.REGION
                ? !access.isAdmin()
                : !access.coordinatesArea(Long.valueOf(parent.id()))) {
            throw new ForbiddenException();
        }
        if (parent != null) {
            checkParentType(type, AreaType.valueOf(parent.type()));
        }
        String code = a.code().trim();
        String path = (parent == null ? "/" : path(Long.valueOf(parent.id()))) + code + "/";
        Long regionId = type == AreaType.REGION ? null : parent == null ? null : regionOf(Long.valueOf(parent.id()));
        long id = repository.insert(
                new AreaView(
                        null,
                        type.name(),
                        code,
                        null,
                        null,
                        null,
                        a.name().trim(),
                        blank(a.nameSv()),
                        blank(a.nameSe()),
                        blank(a.nameEn()),
                        a.lat(),
                        a.lon(),
                        a.population(),
                        a.leadActorId(),
                        0L),
                parent == null ? null : Long.valueOf(parent.id()),
                regionId,
                path,
                null);
        refresh();
        AreaView created = find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("AREA", id, created));
        return created;
    }

    /** Adds an area during demo or bench loading, with its border; no rights apply. */
    @Transactional
    public long load(AreaView a, String borderJson) {
        AreaView parent =
                a.parentCode() == null ? null : findByCode(a.parentCode()).orElseThrow();
        String path = (parent == null ? "/" : path(Long.valueOf(parent.id()))) + a.code() + "/";
        Long regionId =
                AreaType.REGION.name().equals(a.type()) || parent == null ? null : regionOf(Long.valueOf(parent.id()));
        long id = repository.insert(a, parent == null ? null : Long.valueOf(parent.id()), regionId, path, borderJson);
        refresh();
        return id;
    }

    @Transactional
    public AreaView update(String id, AreaView a) {
        AreaView before = get(id);
        if (!access.coordinatesArea(Long.valueOf(before.id())) && !access.isAdmin()) {
            throw new ForbiddenException();
        }
        // a form sends an empty lead actor for an area that has none (a country, a sub-region)
        String lead = blank(a.leadActorId());
        List<Problem> problems = validate(new AreaView(
                null,
                before.type(),
                before.code(),
                null,
                null,
                null,
                a.name(),
                a.nameSv(),
                a.nameSe(),
                a.nameEn(),
                a.lat(),
                a.lon(),
                a.population(),
                lead,
                a.version()));
        if (lead != null && !before.isRegion()) {
            problems.add(Problem.field("leadActorId", "error.area.leadOnlyForRegion"));
        } else if (lead != null && (!lead.matches("\\d{1,18}") || !repository.actorExists(Long.parseLong(lead)))) {
            problems.add(Problem.field("leadActorId", "error.actor.unknown", lead));
        }
        InvalidInputException.throwIfAny(problems);
        if (!java.util.Objects.equals(lead, before.leadActorId()) && !access.isAdmin()) {
            // the lead actor decides who the coordinator is: only an admin may change or clear it
            throw new ForbiddenException();
        }
        AreaView changed = new AreaView(
                null,
                null,
                null,
                null,
                null,
                null,
                a.name().trim(),
                blank(a.nameSv()),
                blank(a.nameSe()),
                blank(a.nameEn()),
                a.lat(),
                a.lon(),
                a.population(),
                lead,
                null);
        if (a.version() == null || !repository.update(Long.parseLong(id), a.version(), changed)) {
            throw new StaleVersionException(before);
        }
        refresh();
        AreaView after = get(id);
        events.publishEvent(ItemChanged.updated("AREA", id, before, after));
        return after;
    }

    @Transactional
    public void delete(String id) {
        AreaView before = get(id);
        boolean allowed = before.isRegion() || "COUNTRY".equals(before.type())
                ? access.isAdmin()
                : access.coordinatesArea(Long.valueOf(before.id())) || access.isAdmin();
        if (!allowed) {
            throw new ForbiddenException();
        }
        if (repository.hasChildren(Long.parseLong(id))) {
            throw new ConflictException("error.area.hasChildren");
        }
        try {
            repository.delete(Long.parseLong(id));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConflictException("error.area.inUse");
        }
        refresh();
        events.publishEvent(ItemChanged.deleted("AREA", id, before));
        events.publishEvent(new AreaDeleted(Long.parseLong(id), before.code()));
    }

    private AreaView resolveParent(AreaView a, List<Problem> problems) {
        AreaView byCode =
                a.parentCode() == null ? null : findByCode(a.parentCode()).orElse(null);
        AreaView byId =
                a.parentId() == null ? null : find(parseOrNull(a.parentId())).orElse(null);
        if (a.parentCode() != null && byCode == null) {
            problems.add(Problem.field("parentCode", "error.area.unknownCode", a.parentCode()));
        }
        if (a.parentId() != null && byId == null) {
            problems.add(Problem.field("parentId", "error.area.unknown"));
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("parentCode", "error.area.parentMismatch"));
        }
        AreaView parent = byCode != null ? byCode : byId;
        if (parent == null && a.parentCode() == null && a.parentId() == null) {
            problems.add(Problem.field("parentCode", "validation.required"));
        }
        return parent;
    }

    private static void checkParentType(AreaType type, AreaType parent) {
        boolean ok = switch (type) {
            case COUNTRY -> false;
            case REGION -> parent == AreaType.COUNTRY;
            case SUBREGION -> parent == AreaType.REGION;
            case MUNICIPALITY -> parent == AreaType.REGION || parent == AreaType.SUBREGION;
        };
        if (!ok) {
            throw new InvalidInputException("parentCode", "error.area.parentType");
        }
    }

    private static AreaType parseType(String type, List<Problem> problems) {
        if (type == null || type.isBlank()) {
            problems.add(Problem.field("type", "validation.required"));
            return null;
        }
        try {
            return AreaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.field("type", "error.area.type", type));
            return null;
        }
    }

    private static List<Problem> validate(AreaView a) {
        List<Problem> problems = new ArrayList<>();
        if (a.code() == null || !a.code().trim().matches("[A-Z0-9]{1,12}")) {
            problems.add(Problem.field("code", "error.area.code"));
        }
        NetworkValidation.name(problems, "name", a.name(), true);
        NetworkValidation.name(problems, "nameSv", a.nameSv(), false);
        NetworkValidation.name(problems, "nameSe", a.nameSe(), false);
        NetworkValidation.name(problems, "nameEn", a.nameEn(), false);
        if (a.lat() != null && (a.lat() < -90 || a.lat() > 90)) {
            problems.add(Problem.field("lat", "error.coordinates"));
        }
        if (a.lon() != null && (a.lon() < -180 || a.lon() > 180)) {
            problems.add(Problem.field("lon", "error.coordinates"));
        }
        if (a.population() != null && a.population() < 0) {
            problems.add(Problem.field("population", "validation.positiveOrZero"));
        }
        return problems;
    }

    private static Long parseOrNull(String id) {
        try {
            return Ids.parseOrNull(id);
        } catch (NotFoundException e) {
            return -1L;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
