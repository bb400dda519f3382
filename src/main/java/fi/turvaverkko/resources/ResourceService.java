package fi.turvaverkko.resources;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.ImportRejectedException;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.RowValues;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.resources.ResourceAccess.Privileges;
import fi.turvaverkko.resources.domain.ResourceRepository;
import fi.turvaverkko.resources.domain.ResourceRepository.Candidate;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
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
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource registry: list, read, create, change, verify, import and export resources, and find
 * the nearest available ones. The owner's users and the coordinator of the region change a
 * resource; the rights on exact locations and 24/7 contacts are in {@link ResourceAccess}.
 */
@Service
public class ResourceService {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final String ITEM = "RESOURCE";

    /** Columns of the export and of the import (the import also takes {@code id} to update a row). */
    public static final List<String> COLUMNS = List.of(
            "id",
            "typeCode",
            "name",
            "description",
            "ownerActorId",
            "quantity",
            "areaCode",
            "lat",
            "lon",
            "availability",
            "activationMinutes",
            "contact247",
            "agreementStatus",
            "confidentiality",
            "lastVerified");

    static final List<String> REQUIRED = List.of("typeCode", "name", "quantity", "areaCode");

    private final ResourceRepository repository;
    private final ResourceTypeService types;
    private final ResourceAccess access;
    private final Areas areas;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final TabularFiles tables;
    private final ResourcesProperties properties;
    private final Mailer mailer;
    private final Messages messages;
    private final UserManagement users;
    private final JdbcClient jdbc;
    private final PlatformProperties platform;

    ResourceService(
            ResourceRepository repository,
            ResourceTypeService types,
            ResourceAccess access,
            Areas areas,
            Actors actors,
            ApplicationEventPublisher events,
            TabularFiles tables,
            ResourcesProperties properties,
            Mailer mailer,
            Messages messages,
            UserManagement users,
            JdbcClient jdbc,
            PlatformProperties platform) {
        this.repository = repository;
        this.types = types;
        this.access = access;
        this.areas = areas;
        this.actors = actors;
        this.events = events;
        this.tables = tables;
        this.properties = properties;
        this.mailer = mailer;
        this.messages = messages;
        this.users = users;
        this.jdbc = jdbc;
        this.platform = platform;
    }

    /**
     * The filters of the registry. {@code type} may list several codes separated by commas;
     * {@code area} is a code and includes the areas below it; {@code mine} keeps the caller's own.
     */
    public record Filter(
            String text,
            String type,
            String function,
            String kind,
            String area,
            String availability,
            String owner,
            Boolean mine,
            Boolean verificationDue) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    LocalDate dueBefore() {
        return LocalDate.now(HELSINKI).minusDays(properties.verifyEveryDays());
    }

    public PageResult<ResourceView> list(Filter f, PageParams paging) {
        requireLogin();
        Privileges p = access.privileges();
        PageResult<ResourceView> page = repository.list(repositoryFilter(f, p), p, dueBefore(), paging);
        page.content().forEach(this::read);
        return page;
    }

    /**
     * Reports to the audit log what of a resource handed to the caller is restricted (ADR 0024): a
     * restricted resource altogether, its exact place, its 24/7 contact; also when its owner reads it.
     */
    private ResourceView read(ResourceView v) {
        if ("RESTRICTED".equals(v.confidentiality())) {
            events.publishEvent(new RestrictedItemRead(ITEM, v.id(), "resource"));
        }
        if (Boolean.TRUE.equals(v.locationExact())) {
            events.publishEvent(new RestrictedItemRead(ITEM, v.id(), "location"));
        }
        if (v.contact247() != null) {
            events.publishEvent(new RestrictedItemRead(ITEM, v.id(), "contact247"));
        }
        return v;
    }

    private ResourceRepository.Filter repositoryFilter(Filter f, Privileges p) {
        String within = null;
        if (f.area() != null && !f.area().isBlank()) {
            AreaView a = areas.findByCode(f.area())
                    .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", f.area()));
            within = areas.path(Long.valueOf(a.id()));
        }
        List<Long> typeIds = typeIds(f.type(), f.function(), f.kind(), null, false);
        Long owner = null;
        if (f.owner() != null && !f.owner().isBlank()) {
            try {
                owner = Ids.parse(f.owner());
            } catch (NotFoundException e) {
                throw new InvalidInputException("owner", "error.actor.unknown", f.owner());
            }
        }
        if (Boolean.TRUE.equals(f.mine())) {
            Set<Long> mine = p.actorIds();
            if (mine.isEmpty()) {
                owner = -1L;
            } else if (owner == null || !mine.contains(owner)) {
                owner = mine.stream().sorted().findFirst().orElseThrow();
            }
        }
        if (f.availability() != null
                && !f.availability().isBlank()
                && !ResourceView.AVAILABILITIES.contains(f.availability())) {
            throw new InvalidInputException("availability", "error.import.code", f.availability());
        }
        return new ResourceRepository.Filter(
                f.text(),
                typeIds,
                within,
                blank(f.availability()),
                owner,
                Boolean.TRUE.equals(f.verificationDue()) ? dueBefore() : null);
    }

    /**
     * The type ids a search asks for: the codes listed, or every type of the function and kind, limited
     * to type level {@code minLevel} or more capable; null when nothing limits them.
     */
    List<Long> typeIds(String typeCodes, String function, String kind, Integer minLevel, boolean required) {
        boolean any = notBlank(typeCodes) || notBlank(function) || notBlank(kind) || minLevel != null;
        if (!any) {
            if (required) {
                throw new InvalidInputException("type", "validation.required");
            }
            return null;
        }
        List<ResourceTypeView> selected = new ArrayList<>(types.all());
        if (notBlank(typeCodes)) {
            List<String> codes = Arrays.stream(typeCodes.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            for (String c : codes) {
                if (types.findByCode(c).isEmpty()) {
                    throw new InvalidInputException("type", "error.resource.unknownType", c);
                }
            }
            selected.removeIf(t -> !codes.contains(t.code()));
        }
        if (notBlank(function)) {
            selected.removeIf(t -> !t.function().equals(function.trim()));
        }
        if (notBlank(kind)) {
            if (!ResourceTypeView.KINDS.contains(kind.trim())) {
                throw new InvalidInputException("kind", "error.import.code", kind);
            }
            selected.removeIf(t -> !t.kind().equals(kind.trim()));
        }
        if (minLevel != null) {
            if (minLevel < 1 || minLevel > 4) {
                throw new InvalidInputException("minLevel", "error.resourceType.level");
            }
            selected.removeIf(t -> t.typeLevel() > minLevel);
        }
        List<Long> ids = selected.stream().map(t -> Long.valueOf(t.id())).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** A resource as the caller may see it; its 24/7 contact only to those who may read it. */
    public ResourceView get(String id) {
        requireLogin();
        Privileges p = access.privileges();
        return read(repository.find(Ids.parse(id), p, dueBefore(), true).orElseThrow(NotFoundException::new));
    }

    /** A resource without its contact, if the caller may see it. */
    public Optional<ResourceView> find(String id) {
        if (CurrentUser.get().isAnonymous()) {
            return Optional.empty();
        }
        try {
            return repository
                    .find(Ids.parse(id), access.privileges(), dueBefore(), false)
                    .map(this::read);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The resources of the ids that the caller may see, without their contacts, by id: what {@link
     * #find} gives for each, in one query (ids that are unknown, malformed or not visible are left out).
     */
    public Map<String, ResourceView> findAll(Collection<String> ids) {
        if (CurrentUser.get().isAnonymous() || ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> parsed = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            if (id != null && id.matches("\\d{1,18}")) {
                parsed.add(Long.valueOf(id));
            }
        }
        Map<String, ResourceView> found = new java.util.LinkedHashMap<>();
        repository.findAll(parsed, access.privileges(), dueBefore()).forEach(v -> found.put(v.id(), read(v)));
        return found;
    }

    /** The actor that owns a resource, for the rights of other modules; empty when unknown. */
    public Optional<Long> ownerActorId(String resourceId) {
        try {
            return repository.ownerAndArea(Ids.parse(resourceId)).map(x -> x[0]);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public boolean canEdit(ResourceView r) {
        AreaView area = areas.findByCode(r.areaCode()).orElse(null);
        return access.canEdit(Long.valueOf(r.ownerActorId()), area == null ? null : Long.valueOf(area.id()));
    }

    /** Whether the caller may add a resource at all: they act for an actor or coordinate a region. */
    public boolean canCreate() {
        CurrentUser u = CurrentUser.get();
        return !u.actorIds().isEmpty() || u.isCoordinator();
    }

    @Transactional
    public ResourceView create(ResourceView v) {
        requireLogin();
        ResourceRepository.Row row = resolve(v, null);
        if (!access.canEdit(row.ownerActorId(), row.areaId())) {
            throw new ForbiddenException();
        }
        long id = repository.insert(row, null);
        ResourceView created =
                repository.find(id, access.privileges(), dueBefore(), true).orElseThrow();
        events.publishEvent(ItemChanged.created("RESOURCE", id, created).onBehalfOf(row.ownerActorId()));
        return created;
    }

    /** Creates a resource from an approved resource offer (issue 6); the caller has checked the rights. */
    @Transactional
    public ResourceView createFromOffer(ResourceDraft draft, String offerId) {
        ResourceView v = new ResourceView(
                null,
                draft.typeCode(),
                draft.name(),
                draft.description(),
                draft.ownerActorId(),
                draft.quantity(),
                null,
                null,
                draft.areaCode(),
                draft.lat(),
                draft.lon(),
                null,
                null,
                null,
                draft.availability(),
                draft.activationMinutes(),
                draft.contact247(),
                draft.agreementStatus(),
                draft.confidentiality(),
                draft.lastVerified(),
                null,
                null);
        ResourceRepository.Row row = resolve(v, null);
        long id = repository.insert(row, offerId);
        ResourceView created = repository
                .find(id, Privileges.all(row.ownerActorId()), dueBefore(), true)
                .orElseThrow();
        events.publishEvent(ItemChanged.created("RESOURCE", id, created).onBehalfOf(row.ownerActorId()));
        return created;
    }

    /** Adds a resource during demo or bench loading; no rights apply and no event is published. */
    @Transactional
    public long load(ResourceView v) {
        return repository.insert(resolve(v, null), null);
    }

    @Transactional
    public ResourceView update(String id, ResourceView v) {
        ResourceView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        ResourceRepository.Row row = resolve(v, before);
        if (!access.canEdit(row.ownerActorId(), row.areaId())) {
            throw new ForbiddenException();
        }
        if (row.quantity() < before.committed()) {
            throw new DomainException(
                    409,
                    "error.resource.belowCommitted",
                    List.of(Problem.field("quantity", "error.resource.belowCommitted", before.committed())),
                    before.committed());
        }
        boolean ok;
        try {
            ok = v.version() != null && repository.update(Long.parseLong(before.id()), v.version(), row);
        } catch (DataIntegrityViolationException e) {
            // a commitment took units between our read and this write
            throw new ConflictException("error.resource.belowCommitted", before.committed());
        }
        if (!ok) {
            throw new StaleVersionException(before);
        }
        ResourceView after = repository
                .find(Long.parseLong(id), access.privileges(), dueBefore(), true)
                .orElseThrow();
        events.publishEvent(ItemChanged.updated("RESOURCE", id, before, after).onBehalfOf(row.ownerActorId()));
        return after;
    }

    @Transactional
    public void delete(String id) {
        ResourceView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        if (before.committed() > 0) {
            throw new ConflictException("error.resource.inUse");
        }
        try {
            repository.delete(Long.parseLong(id));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.resource.inUse");
        }
        events.publishEvent(ItemChanged.deleted("RESOURCE", id, before.withoutContact())
                .onBehalfOf(Long.valueOf(before.ownerActorId())));
    }

    /** The owner confirms that the resource's details are still true. */
    @Transactional
    public ResourceView verify(String id) {
        ResourceView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        LocalDate today = LocalDate.now(HELSINKI);
        repository.markVerified(Long.parseLong(id), today);
        events.publishEvent(ItemChanged.action("RESOURCE", id, "VERIFY", Map.of("lastVerified", today.toString()))
                .onBehalfOf(Long.valueOf(before.ownerActorId())));
        return get(id);
    }

    // nearest

    /** A nearest-resource search: a point (lat/lon) or an area's centre, and what is needed. */
    public record NearestQuery(
            String type,
            String function,
            String kind,
            Integer minLevel,
            Integer minQuantity,
            Double lat,
            Double lon,
            String area,
            Double radiusKm,
            Integer limit) {}

    /** The point a search starts from, in both systems. */
    public record SearchPoint(double lat, double lon, Tm35Fin.GridPoint grid) {}

    public SearchPoint point(NearestQuery q) {
        List<Problem> problems = new ArrayList<>();
        Double lat = q.lat();
        Double lon = q.lon();
        if (lat == null && lon == null && notBlank(q.area())) {
            AreaView a = areas.findByCode(q.area()).orElse(null);
            if (a == null || a.lat() == null) {
                throw new InvalidInputException("area", "error.area.unknownCode", q.area());
            }
            lat = a.lat();
            lon = a.lon();
        }
        if (lat == null || lon == null) {
            problems.add(Problem.field(lat == null ? "lat" : "lon", "validation.required"));
        } else if (!Validation.inFinland(lat, lon)) {
            problems.add(Problem.field("lat", "error.coordinates.finland"));
        }
        InvalidInputException.throwIfAny(problems);
        return new SearchPoint(lat, lon, Tm35Fin.toGrid(lat, lon));
    }

    /**
     * The nearest available resources: the GiST index gives the nearest candidates by distance, which
     * are then ranked by estimated time to arrive (activation time plus travel along a road
     * {@code roadFactor} times longer than the straight line at {@code travelSpeedKmh}).
     */
    public List<NearestResource> nearest(NearestQuery q) {
        requireLogin();
        List<Problem> problems = new ArrayList<>();
        double radius = q.radiusKm() == null ? 100 : q.radiusKm();
        if (radius <= 0 || radius > 1500) {
            problems.add(Problem.field("radiusKm", "error.resource.radius"));
        }
        int limit = q.limit() == null ? 20 : q.limit();
        if (limit < 1 || limit > 100) {
            problems.add(Problem.field("limit", "error.resource.limit"));
        }
        int minQuantity = q.minQuantity() == null ? 1 : q.minQuantity();
        if (minQuantity < 1) {
            problems.add(Problem.field("minQuantity", "error.resource.minQuantity"));
        }
        InvalidInputException.throwIfAny(problems);
        SearchPoint at = point(q);
        List<Long> typeIds = typeIds(q.type(), q.function(), q.kind(), q.minLevel(), true);
        Privileges p = access.privileges();
        boolean exact = !p.regionIds().isEmpty();
        List<Candidate> candidates = repository.nearest(
                typeIds, minQuantity, at.grid(), radius * 1000, exact, p, dueBefore(), Math.min(500, limit * 5));
        double speed = properties.travelSpeedKmh();
        List<NearestResource> hits = new ArrayList<>();
        for (Candidate c : candidates) {
            ResourceView v = c.view();
            double km = Math.hypot(
                            v.easting() - at.grid().easting(),
                            v.northing() - at.grid().northing())
                    / 1000;
            if (km > radius) {
                continue;
            }
            int eta = v.activationMinutes() + (int) Math.ceil(km * properties.roadFactor() / speed * 60);
            hits.add(new NearestResource(v, Math.round(km * 10) / 10.0, eta));
        }
        hits.sort(
                Comparator.comparingInt(NearestResource::etaMinutes).thenComparingDouble(NearestResource::distanceKm));
        List<NearestResource> found = hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        found.forEach(h -> read(h.resource()));
        return found;
    }

    // units committed to disruptions

    /**
     * Takes ({@code delta > 0}) or gives back units of a resource for a commitment: refused with 409
     * when fewer free units are left, also when another commitment took the last one a moment ago.
     */
    @Transactional
    public void reserve(String resourceId, int delta) {
        long id = Ids.parse(resourceId);
        if (!repository.reserve(id, delta)) {
            if (repository.ownerAndArea(id).isEmpty()) {
                throw new NotFoundException();
            }
            throw new DomainException(
                    409,
                    "error.resource.notEnoughFree",
                    List.of(Problem.field("quantity", "error.resource.notEnoughFree")));
        }
    }

    // export and import

    public void export(Filter f, TabularFormat format, OutputStream out) {
        requireLogin();
        Privileges p = access.privileges();
        try (TableWriter w = tables.writer(format, out, "resources")) {
            w.header(COLUMNS);
            repository.forEach(repositoryFilter(f, p), p, dueBefore(), v -> {
                read(v);
                try {
                    w.row(Arrays.asList(
                            v.id(),
                            v.typeCode(),
                            v.name(),
                            v.description(),
                            v.ownerActorId(),
                            v.quantity(),
                            v.areaCode(),
                            v.lat(),
                            v.lon(),
                            v.availability(),
                            v.activationMinutes(),
                            v.contact247(),
                            v.agreementStatus(),
                            v.confidentiality(),
                            v.lastVerified()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty file with the import's columns, for people to fill in. */
    public void template(TabularFormat format, OutputStream out) {
        try (TableWriter w = tables.writer(format, out, "resources")) {
            w.header(COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses (403) a caller who may add no resources at all, before the file is read: the API asks
     * this first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight() {
        requireLogin();
        if (!canCreate()) {
            throw new ForbiddenException();
        }
    }

    /**
     * Imports a CSV or XLSX file: rows without an id create resources, rows with one update them. All
     * or nothing: any bad row refuses the whole file naming every problem by row and column.
     */
    @Transactional
    public int importFile(byte[] content) {
        requireImportRight();
        TabularData data = tables.read(
                content,
                REQUIRED,
                COLUMNS.stream().filter(c -> !REQUIRED.contains(c)).toList());
        List<Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Privileges p = access.privileges();
        for (TabularData.Row row : data.rows()) {
            RowValues r = new RowValues(row, problems);
            int before = problems.size();
            String id = r.text("id", false, 20);
            ResourceView v = new ResourceView(
                    null,
                    r.text("typeCode", true, 60),
                    r.text("name", true, 200),
                    r.text("description", false, 4000),
                    r.text("ownerActorId", false, 20),
                    r.integer("quantity", true),
                    null,
                    null,
                    r.text("areaCode", true, 12),
                    decimal(r, "lat"),
                    decimal(r, "lon"),
                    null,
                    null,
                    null,
                    r.text("availability", false, 20),
                    r.integer("activationMinutes", false),
                    r.text("contact247", false, 300),
                    r.text("agreementStatus", false, 20),
                    r.text("confidentiality", false, 20),
                    r.date("lastVerified", false),
                    null,
                    null);
            // cells that could not be read are reported once; the other checks still run on the row
            java.util.Set<String> reported = new java.util.HashSet<>();
            problems.subList(before, problems.size()).forEach(x -> reported.add(x.column()));
            ResourceView existing = null;
            if (id != null) {
                existing = findForImport(id, p);
                if (existing == null || !canEdit(existing)) {
                    r.problem("id", "error.resource.import.notEditable", id);
                    continue;
                }
            }
            try {
                ResourceRepository.Row resolved = resolve(v, existing);
                if (!access.canEdit(resolved.ownerActorId(), resolved.areaId())) {
                    r.problem("ownerActorId", "error.resource.import.notOwner");
                    continue;
                }
                if (existing != null && resolved.quantity() < existing.committed()) {
                    r.problem("quantity", "error.resource.belowCommitted", existing.committed());
                    continue;
                }
                if (problems.size() > before) {
                    continue;
                }
                long existingId = existing == null ? -1 : Long.parseLong(existing.id());
                writes.add(
                        existing == null
                                ? () -> repository.insert(resolved, null)
                                : () -> repository.update(existingId, versionOf(existingId, p), resolved));
            } catch (DomainException e) {
                for (Problem x :
                        e.problems().isEmpty() ? List.of(Problem.global(e.messageKey(), e.args())) : e.problems()) {
                    String column = x.field() == null ? "id" : x.field();
                    if (!reported.contains(column)) {
                        r.problem(column, x.messageKey(), x.args());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (data.rows().isEmpty()) {
            throw new InvalidInputException("file", "error.resource.import.empty");
        }
        writes.forEach(Runnable::run);
        events.publishEvent(ItemChanged.action("RESOURCE", "batch", "IMPORT", Map.of("rows", writes.size())));
        return writes.size();
    }

    private long versionOf(long id, Privileges p) {
        return repository
                .find(id, p, dueBefore(), false)
                .map(ResourceView::version)
                .orElse(-1L);
    }

    private ResourceView findForImport(String id, Privileges p) {
        try {
            return repository.find(Ids.parse(id), p, dueBefore(), true).orElse(null);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static Double decimal(RowValues r, String column) {
        var d = r.decimal(column, false);
        return d == null ? null : d.doubleValue();
    }

    // validation

    /** Checks a resource as given and resolves its codes; {@code before} is the stored one on an update. */
    ResourceRepository.Row resolve(ResourceView v, ResourceView before) {
        List<Problem> problems = new ArrayList<>();
        ResourceTypeView type = null;
        if (v.typeCode() == null || v.typeCode().isBlank()) {
            problems.add(Problem.field("typeCode", "validation.required"));
        } else {
            type = types.findByCode(v.typeCode()).orElse(null);
            if (type == null
                    || (!Boolean.TRUE.equals(type.active())
                            && (before == null || !before.typeCode().equals(type.code())))) {
                problems.add(Problem.field("typeCode", "error.resource.unknownType", v.typeCode()));
            }
        }
        Validation.text(problems, "name", v.name(), true, 200);
        Validation.text(problems, "description", v.description(), false, 4000);
        Validation.text(problems, "contact247", v.contact247(), false, 300);
        if (v.quantity() == null) {
            problems.add(Problem.field("quantity", "validation.required"));
        } else if (v.quantity() < 0 || v.quantity() > 1_000_000) {
            problems.add(Problem.field("quantity", "error.resource.quantity"));
        }
        Long ownerId = owner(v.ownerActorId(), before, problems);
        AreaView area = null;
        if (v.areaCode() == null || v.areaCode().isBlank()) {
            problems.add(Problem.field("areaCode", "validation.required"));
        } else {
            area = areas.findByCode(v.areaCode()).orElse(null);
            if (area == null) {
                problems.add(Problem.field("areaCode", "error.area.unknownCode", v.areaCode()));
            } else if ("COUNTRY".equals(area.type()) || "REGION".equals(area.type())) {
                problems.add(Problem.field("areaCode", "error.resource.areaLevel"));
            }
        }
        Double lat = v.lat();
        Double lon = v.lon();
        if ((lat == null) != (lon == null)) {
            problems.add(Problem.field(lat == null ? "lat" : "lon", "validation.required"));
        } else if (lat != null && !Validation.inFinland(lat, lon)) {
            problems.add(Problem.field("lat", "error.coordinates.finland"));
        }
        if (before != null && !Boolean.TRUE.equals(before.locationExact()) && lat != null) {
            // a caller who saw only the municipal centre cannot have meant to move the resource there
            lat = null;
            lon = null;
        }
        String availability = orDefault(v.availability(), "AVAILABLE");
        if (!ResourceView.AVAILABILITIES.contains(availability)) {
            problems.add(Problem.field("availability", "error.import.code", availability));
        }
        String agreement = orDefault(v.agreementStatus(), "NONE");
        if (!ResourceView.AGREEMENTS.contains(agreement)) {
            problems.add(Problem.field("agreementStatus", "error.import.code", agreement));
        }
        String confidentiality = orDefault(v.confidentiality(), "PUBLIC");
        if (!ResourceView.CONFIDENTIALITIES.contains(confidentiality)) {
            problems.add(Problem.field("confidentiality", "error.import.code", confidentiality));
        }
        int activation = v.activationMinutes() == null ? 60 : v.activationMinutes();
        if (activation < 0 || activation > 10080) {
            problems.add(Problem.field("activationMinutes", "error.resource.activation"));
        }
        LocalDate today = LocalDate.now(HELSINKI);
        LocalDate verified =
                v.lastVerified() == null ? (before == null ? today : before.lastVerified()) : v.lastVerified();
        if (verified != null && verified.isAfter(today)) {
            problems.add(Problem.field("lastVerified", "error.resource.verifiedInFuture"));
        }
        InvalidInputException.throwIfAny(problems);
        long areaId = Long.parseLong(area.id());
        Tm35Fin.GridPoint areaPos = area.lat() != null ? Tm35Fin.toGrid(area.lat(), area.lon()) : null;
        if (lat == null) {
            if (before != null
                    && Boolean.TRUE.equals(before.locationExact())
                    && before.areaCode().equals(area.code())) {
                lat = before.lat();
                lon = before.lon();
            } else if (area.lat() != null) {
                lat = area.lat();
                lon = area.lon();
            } else {
                throw new InvalidInputException("lat", "validation.required");
            }
        }
        Tm35Fin.GridPoint pos = Tm35Fin.toGrid(lat, lon);
        if (areaPos == null) {
            // no centre known: a 10 km grid cell stands in for the municipality
            areaPos = new Tm35Fin.GridPoint(
                    Math.round(pos.easting() / 10000) * 10000.0, Math.round(pos.northing() / 10000) * 10000.0);
        }
        return new ResourceRepository.Row(
                ownerId,
                Long.parseLong(type.id()),
                v.name().trim(),
                Validation.blank(v.description()),
                v.quantity(),
                areaId,
                areas.regionOf(areaId),
                lat,
                lon,
                pos,
                areaPos,
                availability,
                activation,
                Validation.blank(v.contact247()),
                agreement,
                confidentiality,
                verified);
    }

    private Long owner(String given, ResourceView before, List<Problem> problems) {
        if (given == null || given.isBlank()) {
            if (before != null) {
                return Long.valueOf(before.ownerActorId());
            }
            Set<Long> mine = CurrentUser.get().actorIds();
            if (mine.size() == 1) {
                return mine.iterator().next();
            }
            problems.add(Problem.field("ownerActorId", "validation.required"));
            return null;
        }
        Optional<ActorView> actor;
        try {
            actor = actors.find(Ids.parse(given));
        } catch (NotFoundException e) {
            actor = Optional.empty();
        }
        if (actor.isEmpty() || !"ACTIVE".equals(actor.get().status())) {
            problems.add(Problem.field("ownerActorId", "error.actor.unknown", given));
            return null;
        }
        return Long.valueOf(actor.get().id());
    }

    // open data

    /** PUBLIC resources counted by type and municipality in a region: never contacts or locations. */
    public List<Map<String, Object>> publicCounts(String regionCode) {
        String code =
                regionCode == null || regionCode.isBlank() ? platform.region().defaultCode() : regionCode;
        AreaView region = areas.findByCode(code)
                .orElseThrow(() -> new InvalidInputException("region", "error.area.unknownCode", code));
        return repository.publicCounts(areas.path(Long.valueOf(region.id())));
    }

    // verification reminders

    /**
     * Once a day: mails the users of every owner whose resources were last verified more than a year
     * ago (and were not reminded in the last 30 days). One node does it: the others find the lock taken.
     */
    @Scheduled(cron = "0 30 6 * * *", zone = "Europe/Helsinki")
    @Transactional
    public int remindOwners() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(550105)")
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int mails = 0;
        for (Map<String, Object> due :
                repository.dueForReminder(dueBefore(), OffsetDateTime.now().minusDays(30))) {
            long owner = (Long) due.get("owner");
            @SuppressWarnings("unchecked")
            List<Long> ids = (List<Long>) due.get("ids");
            String actorName = actors.find(owner).map(ActorView::name).orElse("");
            for (UserView u : users.usersOfActor(owner)) {
                if (u.email() == null) {
                    continue;
                }
                Locale locale = Messages.supported(u.preferredLanguage()) == null
                        ? Messages.FINNISH
                        : Messages.supported(u.preferredLanguage());
                mailer.send(
                        u.email(),
                        messages.get(locale, "resource.reminder.subject", due.get("count")),
                        messages.get(
                                locale,
                                "resource.reminder.body",
                                actorName,
                                due.get("count"),
                                platform.publicUrl() + "/resources?mine=true&verificationDue=true"));
                mails++;
            }
            repository.markReminded(ids);
        }
        return mails;
    }

    // helpers

    private static void requireLogin() {
        if (CurrentUser.get().isAnonymous()) {
            throw new NotFoundException();
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s.trim();
    }
}
