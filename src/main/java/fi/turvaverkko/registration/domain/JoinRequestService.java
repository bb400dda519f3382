package fi.turvaverkko.registration;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.GroupService;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.MembershipView;
import fi.turvaverkko.registration.domain.JoinRequestRepository;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to join a cooperation group. An organisation's users ask; the coordinator of the group's
 * region or the group's chair answers; the asker gets a mail either way. Others do not see them.
 */
@Service
public class JoinRequestService {

    static final List<String> ROLES = List.of("MEMBER", "EXPERT");

    private final JoinRequestRepository repository;
    private final GroupService groups;
    private final RequestRights rights;
    private final AskerMail mail;
    private final ApplicationEventPublisher events;

    JoinRequestService(
            JoinRequestRepository repository,
            GroupService groups,
            RequestRights rights,
            AskerMail mail,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.groups = groups;
        this.rights = rights;
        this.mail = mail;
        this.events = events;
    }

    @Transactional
    public JoinRequestView create(JoinRequestView r) {
        ActorView actor = rights.asker(r.actorId());
        List<Problem> problems = new ArrayList<>();
        GroupView group = null;
        if (r.groupId() == null || r.groupId().isBlank()) {
            problems.add(Problem.field("groupId", "validation.required"));
        } else {
            try {
                group = groups.find(Ids.parse(r.groupId())).orElse(null);
            } catch (NotFoundException e) {
                group = null;
            }
            if (group == null) {
                problems.add(Problem.field("groupId", "error.group.unknown"));
            }
        }
        String role = r.role() == null || r.role().isBlank() ? "MEMBER" : r.role();
        if (!ROLES.contains(role)) {
            problems.add(Problem.field("role", "error.joinRequest.role", role));
        }
        String message = r.message() == null || r.message().isBlank()
                ? null
                : r.message().trim();
        if (message != null && message.length() > 2000) {
            problems.add(Problem.field("message", "validation.size", 2000, 0));
        }
        InvalidInputException.throwIfAny(problems);
        long actorId = Long.parseLong(actor.id());
        if (groups.isMember(group.id(), actorId)) {
            throw new ConflictException("error.joinRequest.alreadyMember");
        }
        if (repository.hasOpen(Long.parseLong(group.id()), actorId)) {
            throw new ConflictException("error.joinRequest.open");
        }
        long id = repository.insert(
                Long.parseLong(group.id()),
                actorId,
                rights.regionOfArea(Long.valueOf(group.areaId())),
                CurrentUser.get().id(),
                role,
                message);
        JoinRequestView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("JOIN_REQUEST", id, created).onBehalfOf(actorId));
        return created;
    }

    public PageResult<JoinRequestView> list(RequestFilter f, String groupId, PageParams paging) {
        JoinRequestRepository.Scope narrow = Boolean.TRUE.equals(f.toAnswer())
                ? rights.answerScope()
                : Boolean.TRUE.equals(f.own()) ? rights.ownScope() : null;
        return repository.list(
                rights.joinScope(),
                narrow,
                RequestStatuses.check(f.status()),
                parseOrInvalid("actorId", f.actorId()),
                parseOrInvalid("groupId", groupId),
                paging);
    }

    /** A request; its organisation's users, the coordinator and the group's chair read it (404 to others). */
    public JoinRequestView get(String id) {
        JoinRequestView r = repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
        GroupView g = groups.find(Long.valueOf(r.groupId())).orElseThrow(NotFoundException::new);
        if (!rights.user().actsFor(Long.valueOf(r.actorId())) && !rights.canAnswer(g)) {
            throw new NotFoundException();
        }
        return r;
    }

    public boolean canAnswer(JoinRequestView r) {
        return "PENDING".equals(r.status())
                && groups.find(Long.valueOf(r.groupId())).map(rights::canAnswer).orElse(false);
    }

    @Transactional
    public JoinRequestView approve(String id) {
        JoinRequestView r = answerable(id);
        MembershipView m = groups.addMemberAs(
                r.groupId(),
                new MembershipView(null, r.groupId(), r.actorId(), null, r.role(), LocalDate.now(), null, null));
        if (!repository.decide(Long.parseLong(id), "APPROVED", RegistrationService.who(), null, Long.valueOf(m.id()))) {
            throw new ConflictException("error.request.decided");
        }
        return decided(r, "approved", null);
    }

    @Transactional
    public JoinRequestView reject(String id, Decision decision) {
        JoinRequestView r = answerable(id);
        String reason = RegistrationService.reason(decision);
        if (!repository.decide(Long.parseLong(id), "REJECTED", RegistrationService.who(), reason, null)) {
            throw new ConflictException("error.request.decided");
        }
        return decided(r, "rejected", reason);
    }

    private JoinRequestView answerable(String id) {
        JoinRequestView r = get(id);
        GroupView g = groups.get(r.groupId());
        if (!rights.canAnswer(g)) {
            throw new ForbiddenException();
        }
        if (!"PENDING".equals(r.status())) {
            throw new ConflictException("error.request.decided");
        }
        return r;
    }

    private JoinRequestView decided(JoinRequestView before, String outcome, String reason) {
        JoinRequestView after = repository.find(Long.parseLong(before.id())).orElseThrow();
        events.publishEvent(ItemChanged.updated("JOIN_REQUEST", before.id(), before, after)
                .onBehalfOf(Long.valueOf(before.actorId())));
        String group =
                groups.find(Long.valueOf(before.groupId())).map(GroupView::name).orElse("");
        mail.send(
                repository.askerId(Long.parseLong(before.id())),
                "request.mail." + outcome + ".subject",
                "joinRequest.mail." + outcome,
                group,
                reason == null ? "" : reason);
        return after;
    }

    static Long parseOrInvalid(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Ids.parse(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "validation.format");
        }
    }
}
