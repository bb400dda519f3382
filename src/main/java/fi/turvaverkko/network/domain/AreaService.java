package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Areas: read by everyone (one query each, or the request's one read of them all, see
 * {@link AreaLookup}), changed by admins and by the coordinator of the area's region.
 */
@Service
public class AreaService {

    private static final Comparator<AreaView> BY_NAME = Comparator.comparing(AreaView::name);

    private final AreaRepository repository;
    private final AreaLookup lookup;
    private final ApplicationEventPublisher events;
    private final NetworkRights rights;

    AreaService(AreaRepository repository, AreaLookup lookup, ApplicationEventPublisher events, NetworkRights rights) {
        this.repository = repository;
        this.lookup = lookup;
        this.events = events;
        this.rights = rights;
    }

    /** A municipality's border and its path, to draw the context of a map. */
    public record Border(long id, String path, String geoJson) {}

    public Optional<AreaView> find(Long id) {
        return lookup.byId(id).map(AreaRow::view);
    }

    public Optional<AreaView> findByCode(String code) {
        return lookup.byCode(code).map(AreaRow::view);
    }

    public AreaView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** The areas among these ids that exist, in no particular order. */
    public List<AreaView> findAll(Collection<Long> ids) {
        return repository.findAll(ids).stream().map(AreaRow::view).toList();
    }

    /** The names in the current language of the areas among these ids, by id. */
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        findAll(NetworkValidation.ids(ids)).forEach(a -> names.put(a.id(), a.localName()));
        return names;
    }

    /** The path of codes from the top, e.g. {@code /FI/19/SK191/698/}. */
    public String path(Long id) {
        return lookup.byId(id).map(AreaRow::path).orElse(null);
    }

    /** The region an area belongs to (the region itself for a region), or null for the country. */
    public Long regionOf(Long areaId) {
        return lookup.regionOf(areaId);
    }

    /** The area and the areas above it, top first. */
    public List<AreaView> ancestry(Long id) {
        List<AreaView> chain = new ArrayList<>();
        Optional<AreaView> a = find(id);
        while (a.isPresent() && chain.size() < 10) {
            chain.add(0, a.get());
            a = a.get().parentId() == null
                    ? Optional.empty()
                    : find(Long.valueOf(a.get().parentId()));
        }
        return chain;
    }

    public List<AreaView> children(Long id) {
        return id == null ? List.of() : sorted(repository.children(id));
    }

    public List<AreaView> ofType(AreaType type) {
        return sorted(repository.ofType(type.name()));
    }

    /** Municipalities (and other areas) within an area, the area itself included. */
    public List<AreaView> within(Long id, AreaType type) {
        String path = path(id);
        return path == null ? List.of() : sorted(repository.within(path, type == null ? null : type.name()));
    }

    /** The regions whose lead actor this is. */
    public List<AreaView> regionsLedBy(long actorId) {
        return repository.ledBy(List.of(actorId)).stream().map(AreaRow::view).toList();
    }

    /** The regions led by each of these actors, by actor. */
    Map<Long, List<Long>> regionsLedBy(Collection<Long> actorIds) {
        Map<Long, List<Long>> led = new LinkedHashMap<>();
        for (AreaRow r : repository.ledBy(actorIds)) {
            led.computeIfAbsent(Long.valueOf(r.view().leadActorId()), k -> new ArrayList<>())
                    .add(r.id());
        }
        return led;
    }

    public PageResult<AreaView> list(String type, String withinCode, String text, PageParams paging) {
        String within = null;
        if (withinCode != null && !withinCode.isBlank()) {
            within = lookup.byCode(withinCode)
                    .map(AreaRow::path)
                    .orElseThrow(() -> new InvalidInputException("within", "error.area.unknownCode", withinCode));
        }
        if (type != null && !type.isBlank() && AreaRules.type(type) == null) {
            throw new InvalidInputException("type", "error.area.type", type);
        }
        return repository.list(NetworkValidation.blank(type), within, text, paging);
    }

    public Optional<String> border(Long id) {
        return repository.border(id);
    }

    /** The borders of the municipalities of the area's region, to draw it on a small map. */
    public List<Border> context(AreaView area) {
        String regionPath = path(Long.valueOf(area.regionId() == null ? area.id() : area.regionId()));
        return regionPath == null ? List.of() : repository.municipalityBordersWithin(regionPath);
    }

    /** {@link #context} as (id, GeoJSON) pairs. */
    public List<Map.Entry<Long, String>> contextBorders(AreaView area) {
        return context(area).stream().map(b -> Map.entry(b.id(), b.geoJson())).toList();
    }

    /** Admins keep the country and the regions; the coordinator of a region keeps the areas in it. */
    public boolean canEdit(AreaView a) {
        return rights.isAdmin() || rights.coordinatesArea(Long.valueOf(a.id()));
    }

    @Transactional
    public AreaView create(AreaCommand a) {
        List<Problem> problems = AreaRules.check(a);
        AreaType type = AreaRules.type(a.type(), problems);
        AreaView parent = type != null && type != AreaType.COUNTRY ? resolveParent(a, problems) : null;
        if (a.code() != null && lookup.byCode(a.code()).isPresent()) {
            throw new ConflictException("error.area.duplicateCode", a.code());
        }
        InvalidInputException.throwIfAny(problems);
        if (type == AreaType.COUNTRY || type == AreaType.REGION
                ? !rights.isAdmin()
                : !rights.coordinatesArea(Long.valueOf(parent.id()))) {
            throw new ForbiddenException();
        }
        if (parent != null) {
            AreaRules.checkParentType(type, AreaType.valueOf(parent.type()));
        }
        AreaView clean = new AreaView(
                null,
                type.name(),
                a.code().trim(),
                null,
                null,
                null,
                a.name().trim(),
                NetworkValidation.blank(a.nameSv()),
                NetworkValidation.blank(a.nameSe()),
                NetworkValidation.blank(a.nameEn()),
                a.lat(),
                a.lon(),
                a.population(),
                a.leadActorId(),
                0L);
        long id = insert(clean, parent, null);
        AreaView created = find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("AREA", id, created));
        return created;
    }

    /** Adds an area during demo, bench or test loading, under the area of {@code parentCode}; no rights apply. */
    @Transactional
    public long load(AreaView a, String borderJson) {
        AreaView parent =
                a.parentCode() == null ? null : findByCode(a.parentCode()).orElseThrow();
        return insert(a, parent, borderJson);
    }

    private long insert(AreaView a, AreaView parent, String borderJson) {
        Long parentId = parent == null ? null : Long.valueOf(parent.id());
        String path = (parent == null ? "/" : path(parentId)) + a.code() + "/";
        Long regionId = AreaType.REGION.name().equals(a.type()) || parent == null ? null : regionOf(parentId);
        long id = repository.insert(a, parentId, regionId, path, borderJson);
        lookup.changed();
        return id;
    }

    /** Names a region's lead actor during demo, bench or test loading; no rights apply. */
    @Transactional
    public void loadLeadActor(String areaCode, long actorId) {
        repository.setLeadActor(lookup.byCode(areaCode).orElseThrow().id(), actorId);
        lookup.changed();
    }

    @Transactional
    public AreaView update(String id, AreaCommand a) {
        AreaView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        // a form sends an empty lead actor for an area that has none (a country, a sub-region)
        String lead = NetworkValidation.blank(a.leadActorId());
        AreaCommand clean = new AreaCommand(
                before.type(),
                before.code(),
                null,
                null,
                a.name() == null ? null : a.name().trim(),
                NetworkValidation.blank(a.nameSv()),
                NetworkValidation.blank(a.nameSe()),
                NetworkValidation.blank(a.nameEn()),
                a.lat(),
                a.lon(),
                a.population(),
                lead,
                a.version());
        List<Problem> problems = AreaRules.check(clean);
        if (lead != null && !before.isRegion()) {
            problems.add(Problem.field("leadActorId", "error.area.leadOnlyForRegion"));
        } else if (lead != null && (!lead.matches("\\d{1,18}") || !repository.actorExists(Long.parseLong(lead)))) {
            problems.add(Problem.field("leadActorId", "error.actor.unknown", lead));
        }
        InvalidInputException.throwIfAny(problems);
        if (!Objects.equals(lead, before.leadActorId()) && !rights.isAdmin()) {
            // the lead actor decides who the coordinator is: only an admin may change or clear it
            throw new ForbiddenException();
        }
        if (a.version() == null || !repository.update(Long.parseLong(id), a.version(), clean)) {
            throw new StaleVersionException(before);
        }
        lookup.changed();
        AreaView after = get(id);
        events.publishEvent(ItemChanged.updated("AREA", id, before, after));
        return after;
    }

    @Transactional
    public void delete(String id) {
        AreaView before = get(id);
        boolean allowed =
                before.isRegion() || AreaType.COUNTRY.name().equals(before.type()) ? rights.isAdmin() : canEdit(before);
        if (!allowed) {
            throw new ForbiddenException();
        }
        if (repository.hasChildren(Long.parseLong(id))) {
            throw new ConflictException("error.area.hasChildren");
        }
        try {
            repository.delete(Long.parseLong(id));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.area.inUse");
        }
        lookup.changed();
        events.publishEvent(ItemChanged.deleted("AREA", id, before));
    }

    private AreaView resolveParent(AreaCommand a, List<Problem> problems) {
        AreaView byCode = findByCode(a.parentCode()).orElse(null);
        AreaView byId = a.parentId() == null
                ? null
                : find(NetworkValidation.idOrNone(a.parentId())).orElse(null);
        if (a.parentCode() != null && byCode == null) {
            problems.add(Problem.field("parentCode", "error.area.unknownCode", a.parentCode()));
        }
        if (a.parentId() != null && byId == null) {
            problems.add(Problem.field("parentId", "error.area.unknown"));
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("parentCode", "error.area.parentMismatch"));
        }
        if (a.parentCode() == null && a.parentId() == null) {
            problems.add(Problem.field("parentCode", "validation.required"));
        }
        return byCode != null ? byCode : byId;
    }

    private static List<AreaView> sorted(List<AreaRow> rows) {
        return rows.stream().map(AreaRow::view).sorted(BY_NAME).toList();
    }
}
