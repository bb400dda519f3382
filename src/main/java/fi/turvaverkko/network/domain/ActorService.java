package fi.turvaverkko.network.domain;

import fi.turvaverkko.identity.ActorDirectory;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.BusinessId;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.platform.Catalogues;
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
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actors (organisations). Every logged-in user reads them; an actor's own users and the coordinator
 * of its region change them; the coordinator creates and deletes them. Their contact persons are
 * {@link ContactService}'s.
 */
@Service
public class ActorService implements ActorDirectory {

    private final ActorRepository repository;
    private final References references;
    private final AreaService areas;
    private final NetworkRights rights;
    private final Catalogues catalogues;
    private final ApplicationEventPublisher events;
    private final UserManagement users;

    ActorService(
            ActorRepository repository,
            AreaService areas,
            NetworkRights rights,
            Catalogues catalogues,
            ApplicationEventPublisher events,
            UserManagement users,
            References references) {
        this.references = references;
        this.repository = repository;
        this.areas = areas;
        this.rights = rights;
        this.catalogues = catalogues;
        this.events = events;
        this.users = users;
    }

    public PageResult<ActorView> list(ActorFilter f, PageParams paging) {
        String within = null;
        if (f.area() != null && !f.area().isBlank()) {
            within = areas.findByCode(f.area())
                    .map(a -> areas.path(Long.valueOf(a.id())))
                    .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", f.area()));
        }
        return repository.list(
                new ActorRepository.Filter(
                        f.text(),
                        NetworkValidation.blank(f.sector()),
                        NetworkValidation.blank(f.level()),
                        within,
                        f.authority(),
                        "ACTIVE"),
                paging);
    }

    /** The actor, when the caller may read it (see {@link #get}). */
    public Optional<ActorView> find(Long id) {
        return id == null ? Optional.empty() : repository.find(id).filter(this::readable);
    }

    /**
     * The actor, or 404. An actor that is not active — created by a registration that is not yet
     * confirmed and approved — is read only by the coordinator of its region: to everyone else it
     * does not exist, in lists, counts and lookups alike.
     */
    public ActorView get(String id) {
        return repository.find(Ids.parse(id)).filter(this::readable).orElseThrow(NotFoundException::new);
    }

    /** The actors the caller may read among these, by name. */
    public List<ActorView> findAll(Collection<Long> ids) {
        return repository.findAll(ids).stream().filter(this::readable).toList();
    }

    /** The names in the current language of the actors the caller may read among these ids, by id. */
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        findAll(NetworkValidation.ids(ids)).forEach(a -> names.put(a.id(), a.localName()));
        return names;
    }

    private boolean readable(ActorView a) {
        return "ACTIVE".equals(a.status()) || rights.coordinatesArea(Long.valueOf(a.homeAreaId()));
    }

    public List<ActorView> search(String text) {
        return text == null || text.isBlank() ? List.of() : repository.search(text.trim(), 20);
    }

    public boolean canEdit(ActorView a) {
        return rights.canEditActor(Long.valueOf(a.id()), Long.valueOf(a.homeAreaId()));
    }

    public boolean canCreate() {
        return rights.user().isCoordinator();
    }

    /** The coordinator deletes an actor that nothing refers to any more (no memberships, measures, resources…). */
    public boolean canDelete(ActorView a) {
        return rights.coordinatesArea(Long.valueOf(a.homeAreaId()))
                && !references.isReferenced("network.actor", Long.parseLong(a.id()));
    }

    @Transactional
    public ActorView create(CreateActor cmd) {
        Resolved r = validate(cmd, null);
        if (!rights.coordinatesArea(r.homeAreaId())) {
            throw new ForbiddenException();
        }
        return insert(r, "ACTIVE");
    }

    /** Creates an actor without checking rights, for self-registration (PENDING) and demo and test data. */
    @Transactional
    public ActorView createAs(CreateActor cmd, String status) {
        return insert(validate(cmd, null), status);
    }

    private ActorView insert(Resolved r, String status) {
        long id;
        try {
            id = repository.insert(r.actor(), r.homeAreaId(), status);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(r.actor());
        }
        ActorView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("ACTOR", id, created).onBehalfOf(id));
        return created;
    }

    @Transactional
    public ActorView update(String id, UpdateActor cmd) {
        ActorView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        Resolved r = validate(cmd.fields(), before);
        if (!r.homeAreaId().equals(Long.valueOf(before.homeAreaId())) && !rights.coordinatesArea(r.homeAreaId())) {
            // moving an actor to another region is for the coordinator of the new one
            throw new ForbiddenException();
        }
        boolean ok;
        try {
            ok = cmd.version() != null
                    && repository.update(Long.parseLong(id), cmd.version(), r.actor(), r.homeAreaId());
        } catch (DataIntegrityViolationException e) {
            throw duplicate(r.actor());
        }
        if (!ok) {
            throw new StaleVersionException(before);
        }
        ActorView after = get(id);
        events.publishEvent(ItemChanged.updated("ACTOR", id, before, after).onBehalfOf(Long.valueOf(id)));
        return after;
    }

    /** Activates (or sets another status of) an actor, for the registration that created it. */
    @Transactional
    public void setStatus(String id, String status) {
        long key = Ids.parse(id);
        ActorView before = repository.find(key).orElseThrow(NotFoundException::new);
        repository.setStatus(key, status);
        events.publishEvent(
                ItemChanged.updated("ACTOR", id, before, repository.find(key).orElseThrow()));
    }

    @Transactional
    public void delete(String id) {
        ActorView before = get(id);
        if (!rights.coordinatesArea(Long.valueOf(before.homeAreaId()))) {
            throw new ForbiddenException();
        }
        remove(id, before);
    }

    /**
     * Removes the actor of a rejected registration while it is still pending, without a rights check
     * (the registration has decided); an actor made active is kept.
     */
    @Transactional
    public void removePending(String id) {
        Optional<ActorView> actor = repository.find(Ids.parse(id));
        if (actor.isPresent() && "PENDING".equals(actor.get().status())) {
            remove(id, actor.get());
        }
    }

    private void remove(String id, ActorView before) {
        try {
            users.forgetActor(Long.parseLong(id));
            repository.delete(Long.parseLong(id));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.actor.inUse");
        }
        events.publishEvent(ItemChanged.deleted("ACTOR", id, before));
    }

    // identity's view of actors

    @Override
    public Map<Long, ActorFacts> facts(Collection<Long> actorIds) {
        Map<Long, ActorFacts> facts = new LinkedHashMap<>();
        Map<Long, List<Long>> leads = areas.regionsLedBy(actorIds);
        for (ActorView a : repository.findAll(actorIds)) {
            long id = Long.parseLong(a.id());
            facts.put(
                    id,
                    new ActorFacts(
                            id,
                            a.name(),
                            Boolean.TRUE.equals(a.authority()) && "ACTIVE".equals(a.status()),
                            areas.regionOf(Long.valueOf(a.homeAreaId())),
                            new HashSet<>(leads.getOrDefault(id, List.of()))));
        }
        return facts;
    }

    @Override
    public List<ActorFacts> search(String text, int limit) {
        return repository.search(text, limit).stream()
                .map(a -> new ActorFacts(
                        Long.parseLong(a.id()), a.name(), Boolean.TRUE.equals(a.authority()), null, java.util.Set.of()))
                .toList();
    }

    // validation

    private record Resolved(CreateActor actor, Long homeAreaId) {}

    private Resolved validate(CreateActor c, ActorView before) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.name(problems, "name", c.name(), true);
        NetworkValidation.name(problems, "nameSv", c.nameSv(), false);
        if (c.sector() == null || c.sector().isBlank()) {
            problems.add(Problem.field("sector", "validation.required"));
        } else if (!catalogues.isActive(NetworkCatalogues.SECTORS, c.sector())) {
            problems.add(Problem.field("sector", "error.catalogue.unknownCode", c.sector()));
        }
        if (c.level() == null || c.level().isBlank()) {
            problems.add(Problem.field("level", "validation.required"));
        } else if (!NetworkCatalogues.LEVELS.contains(c.level())) {
            problems.add(Problem.field("level", "error.actor.level", c.level()));
        }
        Long homeAreaId = resolveArea(c.homeAreaId(), c.homeAreaCode(), "homeArea", problems);
        String businessId = BusinessId.normalize(c.businessId());
        if (businessId != null && !BusinessId.isValid(businessId)) {
            problems.add(Problem.field("businessId", "error.businessId.invalid"));
        }
        NetworkValidation.website(problems, "website", c.website());
        NetworkValidation.email(problems, "email", c.email());
        NetworkValidation.phone(problems, "phone", c.phone());
        NetworkValidation.text(problems, "description", c.description(), false, NetworkValidation.LONG_TEXT);
        InvalidInputException.throwIfAny(problems);
        String name = c.name().trim();
        checkUnique(name, homeAreaId, businessId, before);
        boolean authority = c.authority() != null
                ? c.authority()
                : before != null
                        ? Boolean.TRUE.equals(before.authority())
                        : NetworkCatalogues.AUTHORITY_SECTORS.contains(c.sector());
        CreateActor actor = new CreateActor(
                name,
                NetworkValidation.blank(c.nameSv()),
                c.sector(),
                c.level(),
                authority,
                null,
                null,
                businessId,
                NetworkValidation.blank(c.website()),
                NetworkValidation.blank(c.email()),
                NetworkValidation.blank(c.phone()),
                NetworkValidation.blank(c.description()));
        return new Resolved(actor, homeAreaId);
    }

    /** No other actor has the name in the same home area, nor the business ID (409 on the field). */
    private void checkUnique(String name, Long homeAreaId, String businessId, ActorView before) {
        repository
                .findByName(name, homeAreaId)
                .filter(other -> before == null || !other.id().equals(before.id()))
                .ifPresent(other -> {
                    throw new DomainException(
                            409,
                            "error.actor.duplicateName",
                            List.of(Problem.field("name", "error.actor.duplicateName")));
                });
        if (businessId != null) {
            repository
                    .findByBusinessId(businessId)
                    .filter(other -> before == null || !other.id().equals(before.id()))
                    .ifPresent(other -> {
                        throw new DomainException(
                                409,
                                "error.businessId.taken",
                                List.of(Problem.field("businessId", "error.businessId.taken", businessId)),
                                businessId);
                    });
        }
    }

    /** An area given by id, by code, or both (then they must agree). */
    Long resolveArea(String id, String code, String field, List<Problem> problems) {
        AreaView byCode = null;
        AreaView byId = null;
        if (code != null && !code.isBlank()) {
            byCode = areas.findByCode(code).orElse(null);
            if (byCode == null) {
                problems.add(Problem.field(field + "Code", "error.area.unknownCode", code));
            }
        }
        if (id != null && !id.isBlank()) {
            byId = areas.find(NetworkValidation.idOrNone(id)).orElse(null);
            if (byId == null) {
                problems.add(Problem.field(field + "Id", "error.area.unknown"));
            }
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field(field + "Code", "error.area.idCodeMismatch"));
            return null;
        }
        if ((code == null || code.isBlank()) && (id == null || id.isBlank())) {
            problems.add(Problem.field(field + "Code", "validation.required"));
        }
        AreaView a = byCode != null ? byCode : byId;
        return a == null ? null : Long.valueOf(a.id());
    }

    private static ConflictException duplicate(CreateActor a) {
        return new ConflictException("error.actor.duplicate", a.name());
    }
}
