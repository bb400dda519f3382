package fi.turvaverkko.resources.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.resources.domain.ResourceAccess.Privileges;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.StaleVersionException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource registry: list, read, create, change, verify and delete resources, and the units
 * commitments take. The owner's users and the coordinator of the region change a resource; the rights
 * on exact locations and 24/7 contacts are in {@link ResourceAccess}.
 */
@Service
public class ResourceRegistry {

    private final ResourceRepository repository;
    private final ResourceRules rules;
    private final ResourceAccess access;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final ResourcesProperties properties;
    private final PlatformProperties platform;
    private final ResourceReads reads;

    ResourceRegistry(
            ResourceRepository repository,
            ResourceRules rules,
            ResourceAccess access,
            Areas areas,
            ApplicationEventPublisher events,
            ResourcesProperties properties,
            PlatformProperties platform,
            ResourceReads reads) {
        this.repository = repository;
        this.rules = rules;
        this.access = access;
        this.areas = areas;
        this.events = events;
        this.properties = properties;
        this.platform = platform;
        this.reads = reads;
    }

    LocalDate dueBefore() {
        return Verification.dueBefore(Verification.today(), properties.verifyEveryDays());
    }

    public PageResult<ResourceView> list(ResourceService.Filter f, PageParams paging) {
        requireLogin();
        Privileges p = access.privileges();
        PageResult<ResourceView> page = repository.list(repositoryFilter(f, p), p, dueBefore(), paging);
        page.content().forEach(reads::read);
        return page;
    }

    ResourceRepository.Filter repositoryFilter(ResourceService.Filter f, Privileges p) {
        String within = null;
        if (f.area() != null && !f.area().isBlank()) {
            AreaView a = areas.findByCode(f.area())
                    .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", f.area()));
            within = areas.path(Long.valueOf(a.id()));
        }
        List<Long> typeIds = rules.typeIds(f.type(), f.function(), f.kind(), null, false);
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
        String availability = f.availability() == null || f.availability().isBlank()
                ? null
                : f.availability().trim();
        if (availability != null && !ResourceView.AVAILABILITIES.contains(availability)) {
            throw new InvalidInputException("availability", "error.import.code", f.availability());
        }
        return new ResourceRepository.Filter(
                f.text(),
                typeIds,
                within,
                availability,
                owner,
                Boolean.TRUE.equals(f.verificationDue()) ? dueBefore() : null);
    }

    /** A resource as the caller may see it; its 24/7 contact only to those who may read it. */
    public ResourceView get(String id) {
        requireLogin();
        Privileges p = access.privileges();
        return reads.read(repository.find(Ids.parse(id), p, dueBefore(), true).orElseThrow(NotFoundException::new));
    }

    /** A resource without its contact, if the caller may see it. */
    public Optional<ResourceView> find(String id) {
        if (CurrentUser.get().isAnonymous()) {
            return Optional.empty();
        }
        try {
            return repository
                    .find(Ids.parse(id), access.privileges(), dueBefore(), false)
                    .map(reads::read);
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
        Set<Long> parsed = new LinkedHashSet<>();
        for (String id : ids) {
            if (id != null && id.matches("\\d{1,18}")) {
                parsed.add(Long.valueOf(id));
            }
        }
        Map<String, ResourceView> found = new LinkedHashMap<>();
        repository.findAll(parsed, access.privileges(), dueBefore()).forEach(v -> found.put(v.id(), reads.read(v)));
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
    public ResourceView create(ResourceDraft draft) {
        requireLogin();
        ResourceRepository.Row row = rules.resolve(draft, null);
        if (!access.canEdit(row.ownerActorId(), row.areaId())) {
            throw new ForbiddenException();
        }
        long id = repository.insert(row, null);
        ResourceView created =
                repository.find(id, access.privileges(), dueBefore(), true).orElseThrow();
        events.publishEvent(ItemChanged.created(ResourceReads.ITEM, id, created).onBehalfOf(row.ownerActorId()));
        return created;
    }

    /** Creates a resource from an approved resource offer; the calling module has checked the rights. */
    @Transactional
    public ResourceView createFromOffer(ResourceDraft draft, String offerId) {
        ResourceRepository.Row row = rules.resolve(draft, null);
        long id = repository.insert(row, offerId);
        ResourceView created = repository
                .find(id, Privileges.all(row.ownerActorId()), dueBefore(), true)
                .orElseThrow();
        events.publishEvent(ItemChanged.created(ResourceReads.ITEM, id, created).onBehalfOf(row.ownerActorId()));
        return created;
    }

    /** Adds a resource during demo or bench loading; no rights apply and no event is published. */
    @Transactional
    public long load(ResourceDraft draft) {
        return repository.insert(rules.resolve(draft, null), null);
    }

    /** Changes a resource to what the command says, if it is still at {@code version} (else 409). */
    @Transactional
    public ResourceView update(String id, Long version, ResourceDraft draft) {
        ResourceView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        ResourceRepository.Row row = rules.resolve(draft, before);
        if (!access.canEdit(row.ownerActorId(), row.areaId())) {
            throw new ForbiddenException();
        }
        new Stock(before.quantity(), before.committed()).withQuantity(row.quantity());
        boolean ok;
        try {
            ok = version != null && repository.update(Long.parseLong(before.id()), version, row);
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
        events.publishEvent(
                ItemChanged.updated(ResourceReads.ITEM, id, before, after).onBehalfOf(row.ownerActorId()));
        return after;
    }

    @Transactional
    public void delete(String id) {
        ResourceView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        new Stock(before.quantity(), before.committed()).requireRemovable();
        try {
            repository.delete(Long.parseLong(id));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.resource.inUse");
        }
        events.publishEvent(ItemChanged.deleted(ResourceReads.ITEM, id, before.withoutContact())
                .onBehalfOf(Long.valueOf(before.ownerActorId())));
    }

    /** The owner confirms that the resource's details are still true. */
    @Transactional
    public ResourceView verify(String id) {
        ResourceView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        LocalDate today = Verification.today();
        repository.markVerified(Long.parseLong(id), today);
        events.publishEvent(
                ItemChanged.action(ResourceReads.ITEM, id, "VERIFY", Map.of("lastVerified", today.toString()))
                        .onBehalfOf(Long.valueOf(before.ownerActorId())));
        return get(id);
    }

    /**
     * Takes ({@code delta > 0}) or gives back units of a resource for a commitment: refused with 409
     * when fewer free units are left, also when another commitment took the last one a moment ago
     * (the update is one statement that checks the free units).
     */
    @Transactional
    public void reserve(String resourceId, int delta) {
        long id = Ids.parse(resourceId);
        if (!repository.reserve(id, delta)) {
            Stock stock = repository.stock(id).orElseThrow(NotFoundException::new);
            stock.reserve(delta);
            throw Stock.notEnoughFree();
        }
    }

    /** PUBLIC resources counted by type and municipality in a region: never contacts or locations. */
    public List<Map<String, Object>> publicCounts(String regionCode) {
        String code =
                regionCode == null || regionCode.isBlank() ? platform.region().defaultCode() : regionCode;
        AreaView region = areas.findByCode(code)
                .orElseThrow(() -> new InvalidInputException("region", "error.area.unknownCode", code));
        return repository.publicCounts(areas.path(Long.valueOf(region.id())));
    }

    static void requireLogin() {
        if (CurrentUser.get().isAnonymous()) {
            throw new NotFoundException();
        }
    }
}
