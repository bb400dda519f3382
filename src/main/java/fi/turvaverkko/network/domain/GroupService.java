package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.platform.Catalogues;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation groups and their memberships. The coordinator of the group's region and the users of
 * its owner actor edit a group; they and the group's chair edit its memberships.
 */
@Service
public class GroupService {

    private final GroupRepository repository;
    private final References references;
    private final AreaService areas;
    private final ActorService actors;
    private final ContactService contacts;
    private final NetworkRights rights;
    private final Catalogues catalogues;
    private final ApplicationEventPublisher events;

    GroupService(
            GroupRepository repository,
            AreaService areas,
            ActorService actors,
            ContactService contacts,
            NetworkRights rights,
            Catalogues catalogues,
            ApplicationEventPublisher events,
            References references) {
        this.references = references;
        this.repository = repository;
        this.areas = areas;
        this.actors = actors;
        this.contacts = contacts;
        this.rights = rights;
        this.catalogues = catalogues;
        this.events = events;
    }

    public PageResult<GroupView> list(GroupFilter f, PageParams paging) {
        String within = null;
        if (f.area() != null && !f.area().isBlank()) {
            within = areas.findByCode(f.area())
                    .map(a -> areas.path(Long.valueOf(a.id())))
                    .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", f.area()));
        }
        return repository.list(
                new GroupRepository.Filter(
                        f.text(),
                        NetworkValidation.blank(f.kind()),
                        within,
                        Ids.parseOrNull(NetworkValidation.blank(f.ownerActorId())),
                        Ids.parseOrNull(NetworkValidation.blank(f.memberActorId()))),
                paging);
    }

    public Optional<GroupView> find(Long id) {
        return id == null ? Optional.empty() : repository.find(id);
    }

    public GroupView get(String id) {
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** The names in the current language of the groups among these ids, by id. */
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        repository.findAll(NetworkValidation.ids(ids)).forEach(g -> names.put(g.id(), g.localName()));
        return names;
    }

    public List<GroupView> inArea(long areaId) {
        return repository.inArea(areaId);
    }

    public List<GroupView> reportingTo(String groupId) {
        return repository.reportingTo(Long.parseLong(groupId));
    }

    public boolean canEdit(GroupView g) {
        return rights.canEditGroup(g);
    }

    public boolean canEditMemberships(GroupView g) {
        return rights.canEditMemberships(g);
    }

    public boolean canEditMeetings(GroupView g) {
        return rights.canEditMeetings(g);
    }

    /** A coordinator, or a user acting for an actor (which may set up groups of its own). */
    public boolean canCreate() {
        return rights.user().isCoordinator() || !rights.user().actorIds().isEmpty();
    }

    /**
     * A group may be deleted by those who edit it once nothing refers to it any more: no group
     * reports to it, no programme names it as its owner (its meetings go with it).
     */
    public boolean canDelete(GroupView g) {
        return canEdit(g) && !references.isReferenced("network.cooperation_group", Long.parseLong(g.id()));
    }

    @Transactional
    public GroupView create(GroupCommand g) {
        GroupCommand clean = validate(g, null);
        if (!rights.coordinatesArea(Long.valueOf(clean.areaId()))
                && !rights.user().actsFor(Long.valueOf(clean.ownerActorId()))) {
            throw new ForbiddenException();
        }
        long id = repository.insert(clean);
        GroupView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("GROUP", id, created).onBehalfOf(Long.valueOf(clean.ownerActorId())));
        return created;
    }

    @Transactional
    public GroupView update(String id, GroupCommand g) {
        GroupView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        GroupCommand clean = validate(g, before);
        if (!clean.areaId().equals(before.areaId()) && !rights.coordinatesArea(Long.valueOf(clean.areaId()))) {
            throw new ForbiddenException();
        }
        if (g.version() == null || !repository.update(Long.parseLong(id), g.version(), clean)) {
            throw new StaleVersionException(before);
        }
        GroupView after = get(id);
        events.publishEvent(
                ItemChanged.updated("GROUP", id, before, after).onBehalfOf(Long.valueOf(after.ownerActorId())));
        return after;
    }

    @Transactional
    public void delete(String id) {
        GroupView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        if (!repository.reportingTo(Long.parseLong(id)).isEmpty()) {
            throw new ConflictException("error.group.hasSubgroups");
        }
        try {
            repository.delete(Long.parseLong(id));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.group.inUse");
        }
        events.publishEvent(ItemChanged.deleted("GROUP", id, before));
    }

    // memberships

    public List<MembershipView> members(String groupId) {
        get(groupId);
        return repository.members(Long.parseLong(groupId));
    }

    public List<MembershipView> membersOf(List<Long> groupIds) {
        return repository.membersOf(groupIds);
    }

    public MembershipView member(String groupId, String memberId) {
        return repository
                .membership(Ids.parse(memberId))
                .filter(m -> m.groupId().equals(groupId))
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public MembershipView addMember(String groupId, MembershipCommand m) {
        GroupView g = get(groupId);
        if (!canEditMemberships(g)) {
            throw new ForbiddenException();
        }
        MembershipCommand clean = validateMembership(m);
        MembershipView created = insertMembership(g, clean);
        events.publishEvent(
                ItemChanged.created("MEMBERSHIP", created.id(), created).onBehalfOf(Long.valueOf(clean.actorId())));
        return created;
    }

    /**
     * Makes an actor a member from today without a rights check: the caller (an approved join
     * request) has checked who may decide. Answers the new membership.
     */
    @Transactional
    public MembershipView admit(String groupId, String actorId, String role) {
        GroupView g = get(groupId);
        MembershipView created = insertMembership(
                g, validateMembership(new MembershipCommand(actorId, null, role, LocalDate.now(), null, null)));
        events.publishEvent(ItemChanged.created("MEMBERSHIP", created.id(), created));
        return created;
    }

    private MembershipView insertMembership(GroupView g, MembershipCommand clean) {
        long id = repository.insertMembership(Long.parseLong(g.id()), clean);
        return repository.membership(id).orElseThrow();
    }

    @Transactional
    public MembershipView updateMember(String groupId, String memberId, MembershipCommand m) {
        GroupView g = get(groupId);
        MembershipView before = member(groupId, memberId);
        if (!canEditMemberships(g)) {
            throw new ForbiddenException();
        }
        if (m.actorId() != null && !m.actorId().equals(before.actorId())) {
            throw new InvalidInputException("actorId", "error.membership.actorFixed");
        }
        MembershipCommand clean = validateMembership(new MembershipCommand(
                before.actorId(), m.contactPersonId(), m.role(), m.termStart(), m.termEnd(), m.version()));
        if (m.version() == null || !repository.updateMembership(Long.parseLong(memberId), m.version(), clean)) {
            throw new StaleVersionException(before);
        }
        MembershipView after = repository.membership(Long.parseLong(memberId)).orElseThrow();
        events.publishEvent(ItemChanged.updated("MEMBERSHIP", memberId, before, after));
        return after;
    }

    @Transactional
    public void removeMember(String groupId, String memberId) {
        GroupView g = get(groupId);
        MembershipView before = member(groupId, memberId);
        if (!canEditMemberships(g)) {
            throw new ForbiddenException();
        }
        repository.deleteMembership(Long.parseLong(memberId));
        events.publishEvent(ItemChanged.deleted("MEMBERSHIP", memberId, before));
    }

    /** The groups one of these actors chairs today. */
    public List<Long> chairedBy(Collection<Long> actorIds) {
        return repository.chairedBy(actorIds);
    }

    /** Is the actor a member of the group (a term not yet over)? */
    public boolean isMember(String groupId, long actorId) {
        return repository.isMember(Long.parseLong(groupId), actorId);
    }

    private MembershipCommand validateMembership(MembershipCommand m) {
        List<Problem> problems = new ArrayList<>();
        Long actorId = knownActor("actorId", m.actorId(), problems);
        String role = m.role() == null || m.role().isBlank() ? "MEMBER" : m.role();
        if (!MembershipView.ROLES.contains(role)) {
            problems.add(Problem.field("role", "error.role.unknown", role));
        }
        if (m.contactPersonId() != null && !m.contactPersonId().isBlank() && actorId != null) {
            try {
                contacts.contact(String.valueOf(actorId), m.contactPersonId());
            } catch (NotFoundException e) {
                problems.add(Problem.field("contactPersonId", "error.membership.contact"));
            }
        }
        NetworkValidation.term(problems, m.termStart(), m.termEnd());
        InvalidInputException.throwIfAny(problems);
        return new MembershipCommand(
                String.valueOf(actorId),
                NetworkValidation.blank(m.contactPersonId()),
                role,
                m.termStart(),
                m.termEnd(),
                m.version());
    }

    /** The id of an actor the caller may read, or null with a problem on the field. */
    private Long knownActor(String field, String id, List<Problem> problems) {
        if (id == null || id.isBlank()) {
            problems.add(Problem.field(field, "validation.required"));
            return null;
        }
        Long actorId = NetworkValidation.idOrNone(id);
        if (actorId < 0) {
            problems.add(Problem.field(field, "error.actor.unknown", id));
            return null;
        }
        if (actors.find(actorId).isEmpty()) {
            problems.add(Problem.field(field, "error.actor.unknown", id));
        }
        return actorId;
    }

    private GroupCommand validate(GroupCommand g, GroupView before) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.name(problems, "name", g.name(), true);
        NetworkValidation.name(problems, "nameSv", g.nameSv(), false);
        if (g.kind() == null || g.kind().isBlank()) {
            problems.add(Problem.field("kind", "validation.required"));
        } else if (!catalogues.isActive(NetworkCatalogues.GROUP_KINDS, g.kind())) {
            problems.add(Problem.field("kind", "error.catalogue.unknownCode", g.kind()));
        }
        Long owner = knownActor("ownerActorId", g.ownerActorId(), problems);
        Long areaId = actors.resolveArea(g.areaId(), g.areaCode(), "area", problems);
        Long parent = validParent(g.reportsToId(), before, problems);
        NetworkValidation.text(problems, "mandate", g.mandate(), false, NetworkValidation.LONG_TEXT);
        NetworkValidation.text(problems, "tasks", g.tasks(), false, NetworkValidation.LONG_TEXT);
        NetworkValidation.term(problems, g.termStart(), g.termEnd());
        InvalidInputException.throwIfAny(problems);
        return new GroupCommand(
                g.name().trim(),
                NetworkValidation.blank(g.nameSv()),
                g.kind(),
                String.valueOf(owner),
                parent == null ? null : String.valueOf(parent),
                NetworkValidation.blank(g.mandate()),
                NetworkValidation.blank(g.tasks()),
                g.termStart(),
                g.termEnd(),
                String.valueOf(areaId),
                null,
                g.version());
    }

    /** The group this one reports to: one that exists and that does not report to this one. */
    private Long validParent(String reportsToId, GroupView before, List<Problem> problems) {
        if (reportsToId == null || reportsToId.isBlank()) {
            return null;
        }
        Long parent = NetworkValidation.idOrNone(reportsToId);
        if (repository.find(parent).isEmpty()) {
            problems.add(Problem.field("reportsToId", "error.group.unknown"));
        } else if (before != null
                && (parent.equals(Long.valueOf(before.id()))
                        || repository.wouldCycle(Long.parseLong(before.id()), parent))) {
            problems.add(Problem.field("reportsToId", "error.group.cycle"));
        }
        return parent;
    }
}
