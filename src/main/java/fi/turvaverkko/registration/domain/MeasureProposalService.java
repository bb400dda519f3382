package fi.turvaverkko.registration.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of measures for the action list. An organisation's users propose; the coordinator of its
 * region approves (the measure is then created in the action list) or rejects with a reason; the
 * asker gets a mail either way. The workflow is {@link RequestWorkflow}'s.
 */
@Service
public class MeasureProposalService implements RequestType<MeasureProposalCommand, MeasureProposalView> {

    /** The emphases of slide 7, as the planning module names them. */
    public static final List<String> EMPHASES =
            List.of("PREVENTION", "EARLY_INTERVENTION", "EVERYDAY_SAFETY", "EXCLUSION_PREVENTION", "CORRECTIVE");

    private final RequestWorkflow workflow;
    private final RequestRights rights;
    private final Areas areas;
    private final Catalogues catalogues;
    private final MeasureHandOver handOver;

    MeasureProposalService(
            RequestWorkflow workflow,
            RequestRights rights,
            Areas areas,
            Catalogues catalogues,
            MeasureHandOver handOver) {
        this.workflow = workflow;
        this.rights = rights;
        this.areas = areas;
        this.catalogues = catalogues;
        this.handOver = handOver;
    }

    @Transactional
    public MeasureProposalView create(MeasureProposalCommand p) {
        ActorView actor = rights.asker(p.actorId());
        List<Problem> problems = new ArrayList<>();
        String title = Requests.text(problems, "title", p.title(), true, 300);
        String description = Requests.text(problems, "description", p.description(), false, 4000);
        List<String> areaCodes = Requests.distinct(p.areaCodes());
        Long region = null;
        for (AreaView a : knownAreas(areaCodes, problems)) {
            region = region == null ? rights.regionOfArea(Long.valueOf(a.id())) : region;
        }
        List<String> themes = codes("themes", "themes", p.themes(), problems);
        List<String> targetGroups = codes("targetGroups", "target-groups", p.targetGroups(), problems);
        String emphasis = Requests.blank(p.emphasis());
        if (emphasis != null && !EMPHASES.contains(emphasis)) {
            problems.add(Problem.field("emphasis", "error.catalogue.unknownCode", emphasis));
        }
        if (p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate())) {
            problems.add(Problem.field("endDate", "error.proposal.endBeforeStart"));
        }
        InvalidInputException.throwIfAny(problems);
        return workflow.submit(
                this,
                Long.parseLong(actor.id()),
                region != null ? region : rights.regionOfActor(actor),
                new MeasureProposalCommand(
                        actor.id(),
                        title,
                        description,
                        areaCodes,
                        themes,
                        targetGroups,
                        emphasis,
                        p.startDate(),
                        p.endDate()));
    }

    /** The areas of these codes, in their order; a problem for each unknown code. */
    private List<AreaView> knownAreas(List<String> codes, List<Problem> problems) {
        List<AreaView> known = new ArrayList<>();
        for (String code : codes) {
            areas.findByCode(code)
                    .ifPresentOrElse(
                            known::add, () -> problems.add(Problem.field("areaCodes", "error.area.unknownCode", code)));
        }
        return known;
    }

    public PageResult<MeasureProposalView> list(RequestFilter f, PageParams paging) {
        return workflow.list(this, f, null, paging);
    }

    /** A proposal; its organisation's users and the coordinator of its region read it (404 to others). */
    public MeasureProposalView get(String id) {
        return workflow.read(this, id);
    }

    public boolean canAnswer(MeasureProposalView p) {
        return "PENDING".equals(p.status()) && workflow.canAnswer(this, workflow.get(this, p.id()));
    }

    /** Approves the proposal: the measure is created in the region's action list. */
    @Transactional
    public MeasureProposalView approve(String id) {
        return workflow.approve(this, id);
    }

    @Transactional
    public MeasureProposalView reject(String id, Decision decision) {
        return workflow.reject(this, id, decision);
    }

    private List<String> codes(String field, String catalogue, List<String> given, List<Problem> problems) {
        List<String> codes = Requests.distinct(given);
        boolean known = !catalogues.active(catalogue).isEmpty();
        for (String c : codes) {
            if (known ? !catalogues.isActive(catalogue, c) : !c.matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field(field, "error.catalogue.unknownCode", c));
            }
        }
        return codes;
    }

    // the kind within the workflow

    @Override
    public RequestKind kind() {
        return RequestKind.PROPOSAL;
    }

    @Override
    public MeasureProposalCommand read(ResultSet rs) throws SQLException {
        return new MeasureProposalCommand(
                rs.getString("actor_id"),
                rs.getString("title"),
                rs.getString("description"),
                strings(rs.getArray("area_codes")),
                strings(rs.getArray("themes")),
                strings(rs.getArray("target_groups")),
                rs.getString("emphasis"),
                rs.getObject("start_date", java.time.LocalDate.class),
                rs.getObject("end_date", java.time.LocalDate.class));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    @Override
    public Map<String, Object> columns(MeasureProposalCommand c) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("title", c.title());
        columns.put("description", c.description());
        columns.put("area_codes", c.areaCodes().toArray(String[]::new));
        columns.put("themes", c.themes().toArray(String[]::new));
        columns.put("target_groups", c.targetGroups().toArray(String[]::new));
        columns.put("emphasis", c.emphasis());
        columns.put("start_date", c.startDate());
        columns.put("end_date", c.endDate());
        return columns;
    }

    @Override
    public boolean mayAnswer(Request request, MeasureProposalCommand c) {
        return rights.coordinates(request);
    }

    @Override
    public String handOver(Request request, MeasureProposalCommand c) {
        return handOver.create(String.valueOf(request.id()), c);
    }

    @Override
    public String subject(MeasureProposalCommand c) {
        return c.title();
    }

    @Override
    public MeasureProposalView view(Request request, MeasureProposalCommand c, String requestedBy) {
        return MeasureProposalView.of(request, c, requestedBy);
    }
}
