package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeChanged;
import fi.turvaverkko.planning.ProgrammeView;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alignment links between goals of different programmes: the lower goal contributes to or implements
 * the higher one. A link is read when both programmes are, changed by the editors of either, and never
 * closes a cycle.
 */
@Service
public class GoalLinkService {

    private final GoalRepository goals;
    private final GoalService goalService;
    private final ProgrammeService programmes;
    private final ProgrammeAccess access;
    private final PlanningReads reads;
    private final ApplicationEventPublisher events;

    GoalLinkService(
            GoalRepository goals,
            GoalService goalService,
            ProgrammeService programmes,
            ProgrammeAccess access,
            PlanningReads reads,
            ApplicationEventPublisher events) {
        this.goals = goals;
        this.goalService = goalService;
        this.programmes = programmes;
        this.access = access;
        this.reads = reads;
        this.events = events;
    }

    public PageResult<GoalLinkView> list(String goalId, String programmeId, String kind, PageParams paging) {
        if (Texts.blank(kind) != null && !GoalLinkView.KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "error.goalLink.kind", kind);
        }
        PageResult<GoalLinkView> page = goals.links(
                new GoalRepository.LinkFilter(
                        Ids.parseOrNull(Texts.blank(goalId)),
                        Ids.parseOrNull(Texts.blank(programmeId)),
                        Texts.blank(kind),
                        access.readable()),
                paging);
        reads.links(page.content());
        return page;
    }

    public GoalLinkView get(String id) {
        GoalLinkView l = goals.link(Ids.parse(id)).orElseThrow(NotFoundException::new);
        if (programmes.find(Long.parseLong(l.fromProgrammeId())).isEmpty()
                || programmes.find(Long.parseLong(l.toProgrammeId())).isEmpty()) {
            throw new NotFoundException();
        }
        reads.links(List.of(l));
        return l;
    }

    public boolean canEdit(GoalLinkView l) {
        return programmes
                        .find(Long.parseLong(l.fromProgrammeId()))
                        .map(access::canEdit)
                        .orElse(false)
                || programmes
                        .find(Long.parseLong(l.toProgrammeId()))
                        .map(access::canEdit)
                        .orElse(false);
    }

    /** Links a lower goal to a higher one of another programme; refuses a link that would close a cycle. */
    @Transactional
    public GoalLinkView create(LinkCommand l) {
        List<Problem> problems = new ArrayList<>();
        GoalView from = linkedGoal(l.fromGoalId(), "fromGoalId", problems);
        GoalView to = linkedGoal(l.toGoalId(), "toGoalId", problems);
        String kind = Texts.blank(l.kind()) == null ? "CONTRIBUTES_TO" : l.kind();
        if (!GoalLinkView.KINDS.contains(kind)) {
            problems.add(Problem.field("kind", "error.goalLink.kind", kind));
        }
        Texts.check(problems, "note", l.note(), false, 2000);
        InvalidInputException.throwIfAny(problems);
        ProgrammeView fromProgramme = programmes.get(from.programmeId());
        ProgrammeView toProgramme = programmes.get(to.programmeId());
        if (!access.canEdit(fromProgramme) && !access.canEdit(toProgramme)) {
            throw new ForbiddenException();
        }
        if (from.programmeId().equals(to.programmeId())) {
            throw new InvalidInputException("toGoalId", "error.goalLink.sameProgramme");
        }
        long fromId = Long.parseLong(from.id());
        long toId = Long.parseLong(to.id());
        if (goals.link(fromId, toId).isPresent()) {
            throw new DomainException(
                    409, "error.goalLink.duplicate", List.of(Problem.field("toGoalId", "error.goalLink.duplicate")));
        }
        if (goals.leadsUpTo(toId, fromId)) {
            throw new InvalidInputException("toGoalId", "error.goalLink.cycle", to.label(), from.label());
        }
        long id = goals.insertLink(
                fromId, toId, kind, Texts.blank(l.note()), access.user().username());
        GoalLinkView created = goals.link(id).orElseThrow();
        events.publishEvent(ItemChanged.created("GOAL_LINK", id, created));
        changed(created);
        return created;
    }

    @Transactional
    public GoalLinkView update(String id, LinkCommand l) {
        GoalLinkView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        if ((l.fromGoalId() != null && !l.fromGoalId().equals(before.fromGoalId()))
                || (l.toGoalId() != null && !l.toGoalId().equals(before.toGoalId()))) {
            throw new InvalidInputException("toGoalId", "error.goalLink.goalsFixed");
        }
        List<Problem> problems = new ArrayList<>();
        String kind = Texts.blank(l.kind()) == null ? before.kind() : l.kind();
        if (!GoalLinkView.KINDS.contains(kind)) {
            problems.add(Problem.field("kind", "error.goalLink.kind", kind));
        }
        Texts.check(problems, "note", l.note(), false, 2000);
        InvalidInputException.throwIfAny(problems);
        if (l.version() == null || !goals.updateLink(Long.parseLong(id), l.version(), kind, Texts.blank(l.note()))) {
            throw new StaleVersionException(before);
        }
        GoalLinkView after = goals.link(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("GOAL_LINK", id, before, after));
        changed(after);
        return after;
    }

    @Transactional
    public void delete(String id) {
        GoalLinkView before = get(id);
        if (!canEdit(before)) {
            throw new ForbiddenException();
        }
        goals.deleteLink(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("GOAL_LINK", id, before));
        changed(before);
    }

    private void changed(GoalLinkView l) {
        events.publishEvent(new ProgrammeChanged(l.fromProgrammeId(), ProgrammeChanged.Change.GOALS));
        events.publishEvent(new ProgrammeChanged(l.toProgrammeId(), ProgrammeChanged.Change.GOALS));
    }

    private GoalView linkedGoal(String id, String field, List<Problem> problems) {
        if (Texts.blank(id) == null) {
            problems.add(Problem.field(field, "validation.required"));
            return null;
        }
        Optional<GoalView> g = goalService.find(Texts.idOrNull(id));
        if (g.isEmpty()) {
            problems.add(Problem.field(field, "error.goal.unknown", id));
            return null;
        }
        return g.get();
    }

    /** Links up from any of the goals (the goals contribute to the linked ones). */
    List<GoalLinkView> linksUp(Collection<Long> goalIds) {
        return goals.linksUp(goalIds);
    }

    /** Links down to any of the goals (the linked goals contribute to these). */
    List<GoalLinkView> linksDown(Collection<Long> goalIds) {
        return goals.linksDown(goalIds);
    }

    /** For each goal of the programme: how many links it has up and down. */
    Map<Long, GoalRepository.LinkCounts> counts(ProgrammeView p) {
        return goals.linkCounts(Long.parseLong(p.id()));
    }
}
