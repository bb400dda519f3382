package fi.turvaverkko.registration.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to join a cooperation group. An organisation's users ask; the coordinator of the group's
 * region, the users of its owner or its chair answer (approval makes the organisation a member);
 * the asker gets a mail either way. Others do not see them. The workflow is {@link RequestWorkflow}'s.
 */
@Service
public class JoinRequestService implements RequestType<JoinRequestCommand, JoinRequestView> {

    static final List<String> ROLES = List.of("MEMBER", "EXPERT");

    private final RequestWorkflow workflow;
    private final RequestRepository repository;
    private final RequestRights rights;
    private final Groups groups;

    JoinRequestService(RequestWorkflow workflow, RequestRepository repository, RequestRights rights, Groups groups) {
        this.workflow = workflow;
        this.repository = repository;
        this.rights = rights;
        this.groups = groups;
    }

    @Transactional
    public JoinRequestView create(JoinRequestCommand r) {
        ActorView actor = rights.asker(r.actorId());
        List<Problem> problems = new ArrayList<>();
        GroupView group = null;
        if (r.groupId() == null || r.groupId().isBlank()) {
            problems.add(Problem.field("groupId", "validation.required"));
        } else {
            group = Requests.id(r.groupId()).flatMap(groups::find).orElse(null);
            if (group == null) {
                problems.add(Problem.field("groupId", "error.group.unknown"));
            }
        }
        String role = r.role() == null || r.role().isBlank() ? "MEMBER" : r.role();
        if (!ROLES.contains(role)) {
            problems.add(Problem.field("role", "error.joinRequest.role", role));
        }
        String message = Requests.text(problems, "message", r.message(), false, 2000);
        InvalidInputException.throwIfAny(problems);
        long actorId = Long.parseLong(actor.id());
        if (groups.isMember(group.id(), actorId)) {
            throw new ConflictException("error.joinRequest.alreadyMember");
        }
        if (repository.hasOpenJoinRequest(Long.parseLong(group.id()), actorId)) {
            throw new ConflictException("error.joinRequest.open");
        }
        return workflow.submit(
                this,
                actorId,
                rights.regionOfArea(Long.valueOf(group.areaId())),
                new JoinRequestCommand(group.id(), actor.id(), role, message));
    }

    public PageResult<JoinRequestView> list(RequestFilter f, String groupId, PageParams paging) {
        return workflow.list(this, f, groupId, paging);
    }

    /** A request; its organisation's users and those who answer for the group read it (404 to others). */
    public JoinRequestView get(String id) {
        return workflow.read(this, id);
    }

    /** May the caller answer the request now? */
    public boolean canAnswer(JoinRequestView r) {
        return "PENDING".equals(r.status())
                && Requests.id(r.groupId())
                        .flatMap(groups::find)
                        .map(rights::answersFor)
                        .orElse(false);
    }

    /** Approves the request: the organisation becomes a member from today in the role it asked. */
    @Transactional
    public JoinRequestView approve(String id) {
        return workflow.approve(this, id);
    }

    @Transactional
    public JoinRequestView reject(String id, Decision decision) {
        return workflow.reject(this, id, decision);
    }

    // the kind within the workflow

    @Override
    public RequestKind kind() {
        return RequestKind.JOIN;
    }

    @Override
    public JoinRequestCommand read(ResultSet rs) throws SQLException {
        return new JoinRequestCommand(
                rs.getString("group_id"), rs.getString("actor_id"), rs.getString("role"), rs.getString("message"));
    }

    @Override
    public Map<String, Object> columns(JoinRequestCommand c) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("group_id", Long.valueOf(c.groupId()));
        columns.put("role", c.role());
        columns.put("message", c.message());
        return columns;
    }

    @Override
    public boolean mayAnswer(Request request, JoinRequestCommand c) {
        return group(c).map(rights::answersFor).orElse(false);
    }

    @Override
    public String handOver(Request request, JoinRequestCommand c) {
        return groups.admit(c.groupId(), String.valueOf(request.actorId()), c.role());
    }

    @Override
    public String subject(JoinRequestCommand c) {
        return group(c).map(GroupView::name).orElse("");
    }

    /** The groups' names in the reader's language: one query for the page. */
    @Override
    public List<String> titles(List<JoinRequestCommand> details) {
        Map<String, String> names =
                groups.names(details.stream().map(JoinRequestCommand::groupId).toList());
        return details.stream().map(c -> names.getOrDefault(c.groupId(), "")).toList();
    }

    @Override
    public JoinRequestView view(Request request, JoinRequestCommand c, String requestedBy) {
        return JoinRequestView.of(request, c, requestedBy);
    }

    private Optional<GroupView> group(JoinRequestCommand c) {
        return groups.find(Long.valueOf(c.groupId()));
    }
}
