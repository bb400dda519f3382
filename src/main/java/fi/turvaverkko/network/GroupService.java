package fi.turvaverkko.network;

import fi.turvaverkko.network.domain.GroupRepository;
import fi.turvaverkko.network.domain.References;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation groups and their memberships. The coordinator of the group's region and the users of
 * its owner actor edit a group; the coordinator and the group's chair edit its memberships.
 */
@Service
public class GroupService {

    private final GroupRepository repository;
    private final References references;
    private final AreaService areas;
    private final ActorService actors;
    private final NetworkAccess access;
    private final Catalogues catalogues;
    private final ApplicationEventPublisher events;

    GroupService(
            GroupRepository repository,
            AreaService areas,
            ActorService actors,
            NetworkAccess access,
            Catalogues catalogues,
            ApplicationEventPublisher events,
            References references) {
        this.references = references;
        this.repository = repository;
        this.areas = areas;
        this.actors = actors;
        this.access = access;
        this.catalogues = catalogues;
        this.events = events;
    }

    /** The filters of the group list; {@code area} is a code and includes the areas below it. */
    public record Filter(String text, String kind, String area, String ownerActorId, String memberActorId) {}

    public PageResult<GroupView> list(Filter f, PageParams paging) {
        String within = null;
        if (f.area() != null && !f.area().isBlank()) {
            AreaView a = areas.findByCode(f.area())
                    .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", f.area()));
            within = areas.path(Long.valueOf(a.id()));
        }
        return repository.list(
                new GroupRepository.Filter(
                        f.text(),
                        f.kind() == null || f.kind().isBlank() ? null : f.kind(),
                        within,
                        Ids.parseOrNull(blank(f.ownerActorId())),
                        Ids.parseOrNull(blank(f.memberActorId()))),
                paging);
    }

    public Optional<GroupView> find(Long id) {
        return id == null ? Optional.empty() : repository.find(id);
    }

    public GroupView get(String id) {
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public List<GroupView> inArea(long areaId) {
        return repository.inArea(areaId);
    }

    public List<GroupView> reportingTo(String groupId) {
        return repository.reportingTo(Long.parseLong(groupId));
    }

    public boolean canEdit(GroupView g) {
        return access.canEditGroup(g);
    }

    public boolean canEditMemberships(GroupView g) {
        return access.canEditMemberships(g);
    }

    public boolean canEditMeetings(GroupView g) {
        return access.canEditMeetings(g);
    }

    /** A coordinator, or a user acting for an actor (which may set up groups of its own). */
    public boolean canCreate() {
        return access.user().isCoordinator() || !access.user().actorIds().isEmpty();
    }

    /**
     * A group may be deleted by those who edit it once nothing refers to it any more: no group
     * reports to it, no programme names it as its owner (its meetings go with it).
     */
    public boolean canDelete(GroupView g) {
        return canEdit(g) && !references.isReferenced("network.cooperation_group", Long.parseLong(g.id()));
    }

    @Transactional
    public GroupView create(GroupView g) {
        GroupView clean = validate(g, null);
        if (!access.coordinatesArea(Long.valueOf(clean.areaId()))
                && !access.user().actsFor(Long.valueOf(clean.ownerActorId()))) {
            throw new ForbiddenException();
        }
        long id = repository.insert(clean);
        GroupView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("GROUP", id, created).onBehalfOf(Long.valueOf(clean.ownerActorId())));
        return created;
    }

    @Transactional
    public GroupView update(String id, GroupView g) {
        GroupView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        GroupView clean = validate(g, before);
        if (!clean.areaId().equals(before.areaId()) && !access.coordinatesArea(Long.valueOf(clean.areaId()))) {
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
    public MembershipView addMember(String groupId, MembershipView m) {
        GroupView g = get(groupId);
        if (!canEditMemberships(g)) {
            throw new ForbiddenException();
        }
        MembershipView clean = validateMembership(groupId, m);
        long id = repository.insertMembership(clean);
        MembershipView created = repository.membership(id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEMBERSHIP", id, created).onBehalfOf(Long.valueOf(clean.actorId())));
        return created;
    }

    /** Adds a member without a rights check, for approved join requests and demo data. */
    @Transactional
    public MembershipView addMemberAs(String groupId, MembershipView m) {
        get(groupId);
        long id = repository.insertMembership(validateMembership(groupId, m));
        MembershipView created = repository.membership(id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEMBERSHIP", id, created));
        return created;
    }

    @Transactional
    public MembershipView updateMember(String groupId, String memberId, MembershipView m) {
        GroupView g = get(groupId);
        MembershipView before = member(groupId, memberId);
        if (!canEditMemberships(g)) {
            throw new ForbiddenException();
        }
        if (m.actorId() != null && !m.actorId().equals(before.actorId())) {
            throw new InvalidInputException("actorId", "error.membership.actorFixed");
        }
        MembershipView clean = validateMembership(
                groupId,
                new MembershipView(
                        null,
                        groupId,
                        before.actorId(),
                        m.contactPersonId(),
                        m.role(),
                        m.termStart(),
                        m.termEnd(),
                        m.version()));
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

    public boolean isMember(String groupId, long actorId) {
        return repository.isMember(Long.parseLong(groupId), actorId);
    }

    private MembershipView validateMembership(String groupId, MembershipView m) {
        List<Problem> problems = new ArrayList<>();
        Long actorId = null;
        if (m.actorId() == null || m.actorId().isBlank()) {
            problems.add(Problem.field("actorId", "validation.required"));
        } else {
            try {
                actorId = Ids.parse(m.actorId());
                if (actors.find(actorId).isEmpty()) {
                    problems.add(Problem.field("actorId", "error.actor.unknown", m.actorId()));
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field("actorId", "error.actor.unknown", m.actorId()));
            }
        }
        String role = m.role() == null || m.role().isBlank() ? "MEMBER" : m.role();
        if (!MembershipView.ROLES.contains(role)) {
            problems.add(Problem.field("role", "error.membership.role", role));
        }
        if (m.contactPersonId() != null && !m.contactPersonId().isBlank() && actorId != null) {
            try {
                actors.contact(String.valueOf(actorId), m.contactPersonId());
            } catch (NotFoundException e) {
                problems.add(Problem.field("contactPersonId", "error.membership.contact"));
            }
        }
        NetworkValidation.term(problems, m.termStart(), m.termEnd());
        InvalidInputException.throwIfAny(problems);
        return new MembershipView(
                null,
                groupId,
                String.valueOf(actorId),
                blank(m.contactPersonId()),
                role,
                m.termStart(),
                m.termEnd(),
                m.version());
    }

    private GroupView validate(GroupView g, GroupView before) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.name(problems, "name", g.name(), true);
        NetworkValidation.name(problems, "nameSv", g.nameSv(), false);
        if (g.kind() == null || g.kind().isBlank()) {
            problems.add(Problem.field("kind", "validation.required"));
        } else if (!catalogues.isActive(NetworkCatalogues.GROUP_KINDS, g.kind())) {
            problems.add(Problem.field("kind", "error.catalogue.unknownCode", g.kind()));
        }
        Long owner = null;
        if (g.ownerActorId() == null || g.ownerActorId().isBlank()) {
            problems.add(Problem.field("ownerActorId", "validation.required"));
        } else {
            try {
                owner = Ids.parse(g.ownerActorId());
                if (actors.find(owner).isEmpty()) {
                    problems.add(Problem.field("ownerActorId", "error.actor.unknown", g.ownerActorId()));
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field("ownerActorId", "error.actor.unknown", g.ownerActorId()));
            }
        }
        Long areaId = actors.resolveArea(g.areaId(), g.areaCode(), "area", problems);
        Long parent = null;
        if (g.reportsToId() != null && !g.reportsToId().isBlank()) {
            try {
                parent = Ids.parse(g.reportsToId());
                if (repository.find(parent).isEmpty()) {
                    problems.add(Problem.field("reportsToId", "error.group.unknown"));
                } else if (before != null
                        && (parent.equals(Long.valueOf(before.id()))
                                || repository.wouldCycle(Long.parseLong(before.id()), parent))) {
                    problems.add(Problem.field("reportsToId", "error.group.cycle"));
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field("reportsToId", "error.group.unknown"));
            }
        }
        NetworkValidation.text(problems, "mandate", g.mandate(), false, NetworkValidation.LONG_TEXT);
        NetworkValidation.text(problems, "tasks", g.tasks(), false, NetworkValidation.LONG_TEXT);
        NetworkValidation.term(problems, g.termStart(), g.termEnd());
        InvalidInputException.throwIfAny(problems);
        return new GroupView(
                null,
                g.name().trim(),
                blank(g.nameSv()),
                g.kind(),
                String.valueOf(owner),
                parent == null ? null : String.valueOf(parent),
                blank(g.mandate()),
                blank(g.tasks()),
                g.termStart(),
                g.termEnd(),
                String.valueOf(areaId),
                null,
                g.version());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
