package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.GoalsRemoved;
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
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goals of programmes, in a hierarchy inside each programme. Whoever reads a programme reads its
 * goals; its editors change them while it is a draft (the goals are part of the approved text).
 */
@Service
public class GoalService {

    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9.\\-/ ]{0,29}");

    private final GoalRepository goals;
    private final ProgrammeService programmes;
    private final ProgrammeAccess access;
    private final PlanningReads reads;
    private final ApplicationEventPublisher events;

    GoalService(
            GoalRepository goals,
            ProgrammeService programmes,
            ProgrammeAccess access,
            PlanningReads reads,
            ApplicationEventPublisher events) {
        this.goals = goals;
        this.programmes = programmes;
        this.access = access;
        this.reads = reads;
        this.events = events;
    }

    public List<GoalView> goals(ProgrammeView p) {
        return reads.goals(goals.ofProgramme(Long.parseLong(p.id())));
    }

    /** The goals of several programmes at once, each programme's in its order. */
    public List<GoalView> goalsOf(Collection<Long> programmeIds) {
        return reads.goals(goals.ofProgrammes(programmeIds));
    }

    public PageResult<GoalView> list(String programmeId, String parentId, String text, PageParams paging) {
        Long programme = Ids.parseOrNull(Texts.blank(programmeId));
        if (programme != null) {
            programmes.get(String.valueOf(programme));
        }
        PageResult<GoalView> page = goals.list(
                new GoalRepository.Filter(programme, Ids.parseOrNull(Texts.blank(parentId)), text, access.readable()),
                paging);
        reads.goals(page.content());
        return page;
    }

    public Optional<GoalView> find(long id) {
        Optional<GoalView> g = goals.find(id)
                .filter(x -> programmes.find(Long.parseLong(x.programmeId())).isPresent());
        g.ifPresent(x -> reads.goals(List.of(x)));
        return g;
    }

    public GoalView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** The goals the user may read among these ids. */
    public List<GoalView> findAll(Collection<Long> ids) {
        List<GoalView> found = goals.findAll(ids);
        List<Long> programmeIds = found.stream()
                .map(g -> Long.valueOf(g.programmeId()))
                .distinct()
                .toList();
        List<String> readable =
                programmes.findAll(programmeIds).stream().map(ProgrammeView::id).toList();
        return reads.goals(
                found.stream().filter(g -> readable.contains(g.programmeId())).toList());
    }

    /** The goals directly below any of these (the sub-goals of the same programme). */
    public List<GoalView> childrenOf(Collection<Long> goalIds) {
        return goals.childrenOf(goalIds);
    }

    public boolean canEditGoals(ProgrammeView p) {
        return "DRAFT".equals(p.status()) && access.canEdit(p);
    }

    @Transactional
    public GoalView create(GoalCommand g) {
        if (Texts.blank(g.programmeId()) == null) {
            throw new InvalidInputException("programmeId", "validation.required");
        }
        ProgrammeView p = programmes
                .find(Texts.idOrNull(g.programmeId()))
                .orElseThrow(() -> new InvalidInputException("programmeId", "error.programme.unknown"));
        requireGoalsEditable(p);
        GoalView clean = checked(g, p, null);
        long id = goals.insert(clean, Long.parseLong(p.id()));
        GoalView created = goals.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("GOAL", id, created));
        events.publishEvent(new ProgrammeChanged(p.id(), ProgrammeChanged.Change.GOALS));
        return created;
    }

    @Transactional
    public GoalView update(String id, GoalCommand g) {
        GoalView before = get(id);
        ProgrammeView p = programmes.get(before.programmeId());
        requireGoalsEditable(p);
        if (Texts.blank(g.programmeId()) != null && !g.programmeId().equals(before.programmeId())) {
            throw new InvalidInputException("programmeId", "error.goal.programmeFixed");
        }
        GoalView clean = checked(g, p, before);
        if (g.version() == null || !goals.update(Long.parseLong(id), g.version(), clean)) {
            throw new StaleVersionException(before);
        }
        GoalView after = goals.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("GOAL", id, before, after));
        events.publishEvent(new ProgrammeChanged(p.id(), ProgrammeChanged.Change.GOALS));
        return after;
    }

    /** Deletes a goal with the goals below it; the action list's measures forget them ({@link GoalsRemoved}). */
    @Transactional
    public void delete(String id) {
        GoalView before = get(id);
        requireGoalsEditable(programmes.get(before.programmeId()));
        List<Long> removed = goals.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("GOAL", id, before));
        events.publishEvent(new GoalsRemoved(before.programmeId(), removed));
        events.publishEvent(new ProgrammeChanged(before.programmeId(), ProgrammeChanged.Change.GOALS));
    }

    private void requireGoalsEditable(ProgrammeView p) {
        if (!access.canEdit(p)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus.valueOf(p.status()).requireGoalsEditable();
    }

    private GoalView checked(GoalCommand g, ProgrammeView p, GoalView before) {
        List<Problem> problems = new ArrayList<>();
        Texts.check(problems, "title", g.title(), true, 500);
        Texts.check(problems, "titleSv", g.titleSv(), false, 500);
        Texts.check(problems, "titleEn", g.titleEn(), false, 500);
        Texts.check(problems, "description", g.description(), false, 8000);
        String code = Texts.blank(g.code());
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(Problem.field("code", "error.goal.code"));
        }
        String parent = Texts.blank(g.parentId());
        if (parent != null) {
            parent(problems, parent, p, before);
        }
        if (g.sortOrder() != null && (g.sortOrder() < 0 || g.sortOrder() > 100_000)) {
            problems.add(Problem.field("sortOrder", "error.goal.sortOrder"));
        }
        InvalidInputException.throwIfAny(problems);
        if (code != null) {
            requireUniqueCode(code, p, before);
        }
        return new GoalView(
                null,
                p.id(),
                parent,
                code,
                g.title().trim(),
                Texts.blank(g.titleSv()),
                Texts.blank(g.titleEn()),
                Texts.blank(g.description()),
                g.sortOrder() == null
                        ? (before == null ? goals.nextSortOrder(Long.parseLong(p.id())) : before.sortOrder())
                        : g.sortOrder(),
                g.version());
    }

    /** The parent is a goal of the same programme, and not the goal itself or one below it. */
    private void parent(List<Problem> problems, String parent, ProgrammeView p, GoalView before) {
        Optional<GoalView> parentGoal = goals.find(Texts.idOrNull(parent));
        if (parentGoal.isEmpty() || !parentGoal.get().programmeId().equals(p.id())) {
            problems.add(Problem.field("parentId", "error.goal.parent"));
        } else if (before != null && goals.isSelfOrDescendant(Long.parseLong(before.id()), Long.parseLong(parent))) {
            problems.add(Problem.field("parentId", "error.goal.parentCycle"));
        }
    }

    private void requireUniqueCode(String code, ProgrammeView p, GoalView before) {
        goals.findByCode(Long.parseLong(p.id()), code)
                .filter(other -> before == null || !other.id().equals(before.id()))
                .ifPresent(other -> {
                    throw new DomainException(
                            409,
                            "error.goal.duplicateCode",
                            List.of(Problem.field("code", "error.goal.duplicateCode", code)),
                            code);
                });
    }
}
