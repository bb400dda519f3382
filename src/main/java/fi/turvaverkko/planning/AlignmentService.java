package fi.turvaverkko.planning;

import fi.turvaverkko.planning.domain.GoalRepository.LinkCounts;
import fi.turvaverkko.planning.domain.MeasureRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * How goals of different levels line up: for a goal, everything below it down to the measures and
 * their progress, and the chain above it; the matrix of two programmes' goals and their links; and
 * the goals with no link up, none down or no measures.
 */
@Service
public class AlignmentService {

    static final int MAX_DEPTH = 8;
    static final int MAX_NODES = 400;

    private final ProgrammeService programmes;
    private final MeasureRepository measures;
    private final PlanningAccess access;

    AlignmentService(ProgrammeService programmes, MeasureRepository measures, PlanningAccess access) {
        this.programmes = programmes;
        this.measures = measures;
        this.access = access;
    }

    /**
     * A goal in the alignment tree: how it is tied to the node it hangs from ({@code CONTRIBUTES_TO},
     * {@code IMPLEMENTS} or {@code SUBGOAL}), its programme, its measures, and the goals further on.
     */
    public record Node(
            GoalView goal, ProgrammeView programme, String relation, List<MeasureView> measures, List<Node> next) {}

    /** The alignment of one goal: the tree below it and the tree above it. */
    public record Alignment(GoalView goal, ProgrammeView programme, Node down, List<Node> up, int measureCount) {}

    public Alignment of(String goalId) {
        GoalView goal = programmes.goal(goalId);
        ProgrammeView programme = programmes.get(goal.programmeId());
        Set<Long> hidden = access.hidden();
        Map<Long, ProgrammeView> programmeCache = new HashMap<>();
        programmeCache.put(Long.valueOf(programme.id()), programme);

        // down: the goals that contribute to this one (links) and its sub-goals, level by level
        Map<Long, List<Edge>> downEdges = new HashMap<>();
        List<GoalLinkView> shownLinks = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(Long.valueOf(goal.id()));
        List<Long> level = List.of(Long.valueOf(goal.id()));
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty() && seen.size() < MAX_NODES; depth++) {
            List<Long> next = new ArrayList<>();
            for (GoalLinkView l : programmes.linksDown(level)) {
                long from = Long.parseLong(l.fromGoalId());
                if (!hidden.contains(Long.valueOf(l.fromProgrammeId())) && seen.add(from)) {
                    shownLinks.add(l);
                    downEdges
                            .computeIfAbsent(Long.valueOf(l.toGoalId()), k -> new ArrayList<>())
                            .add(new Edge(from, l.kind()));
                    next.add(from);
                }
            }
            for (GoalView child : programmes.childGoals(level)) {
                long id = Long.parseLong(child.id());
                if (seen.add(id)) {
                    downEdges
                            .computeIfAbsent(Long.valueOf(child.parentId()), k -> new ArrayList<>())
                            .add(new Edge(id, "SUBGOAL"));
                    next.add(id);
                }
            }
            level = next;
        }
        Map<Long, GoalView> goalsById = new HashMap<>();
        programmes.findGoals(seen).forEach(g -> goalsById.put(Long.valueOf(g.id()), g));
        Map<Long, List<MeasureView>> measuresByGoal = new HashMap<>();
        List<MeasureView> all = access.readMeasures(measures.ofGoals(seen, hidden, 2000));
        for (MeasureView m : all) {
            for (String g : m.goalIds()) {
                Long key = Long.valueOf(g);
                if (seen.contains(key)) {
                    measuresByGoal.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
                }
            }
        }
        Node down = build(
                Long.valueOf(goal.id()), null, downEdges, goalsById, measuresByGoal, programmeCache, new HashSet<>());

        // up: the goals this one contributes to, and its parent goal, as a tree upwards
        Map<Long, List<Edge>> upEdges = new HashMap<>();
        Set<Long> seenUp = new HashSet<>();
        seenUp.add(Long.valueOf(goal.id()));
        level = List.of(Long.valueOf(goal.id()));
        Map<Long, GoalView> upGoals = new HashMap<>();
        upGoals.put(Long.valueOf(goal.id()), goal);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            for (GoalLinkView l : programmes.linksUp(level)) {
                long to = Long.parseLong(l.toGoalId());
                if (!hidden.contains(Long.valueOf(l.toProgrammeId())) && seenUp.add(to)) {
                    shownLinks.add(l);
                    upEdges.computeIfAbsent(Long.valueOf(l.fromGoalId()), k -> new ArrayList<>())
                            .add(new Edge(to, l.kind()));
                    next.add(to);
                }
            }
            List<Long> parents = new ArrayList<>();
            for (GoalView g : programmes.findGoals(level)) {
                upGoals.put(Long.valueOf(g.id()), g);
                if (g.parentId() != null && seenUp.add(Long.valueOf(g.parentId()))) {
                    upEdges.computeIfAbsent(Long.valueOf(g.id()), k -> new ArrayList<>())
                            .add(new Edge(Long.valueOf(g.parentId()), "SUBGOAL"));
                    parents.add(Long.valueOf(g.parentId()));
                }
            }
            next.addAll(parents);
            level = next;
        }
        programmes.findGoals(seenUp).forEach(g -> upGoals.put(Long.valueOf(g.id()), g));
        List<Node> up = new ArrayList<>();
        for (Edge e : upEdges.getOrDefault(Long.valueOf(goal.id()), List.of())) {
            Node n = build(e.goalId(), e.relation(), upEdges, upGoals, Map.of(), programmeCache, new HashSet<>());
            if (n != null) {
                up.add(n);
            }
        }
        access.readLinks(shownLinks);
        return new Alignment(goal, programme, down, up, all.size());
    }

    private record Edge(long goalId, String relation) {}

    private Node build(
            long goalId,
            String relation,
            Map<Long, List<Edge>> edges,
            Map<Long, GoalView> goals,
            Map<Long, List<MeasureView>> measuresByGoal,
            Map<Long, ProgrammeView> programmeCache,
            Set<Long> path) {
        GoalView g = goals.get(goalId);
        if (g == null || !path.add(goalId)) {
            return null;
        }
        ProgrammeView p = programmeCache.computeIfAbsent(
                Long.valueOf(g.programmeId()), id -> programmes.find(id).orElse(null));
        if (p == null) {
            return null;
        }
        List<Node> next = new ArrayList<>();
        for (Edge e : edges.getOrDefault(goalId, List.of())) {
            Node n = build(e.goalId(), e.relation(), edges, goals, measuresByGoal, programmeCache, path);
            if (n != null) {
                next.add(n);
            }
        }
        path.remove(goalId);
        return new Node(g, p, relation, measuresByGoal.getOrDefault(goalId, List.of()), next);
    }

    /** What a goal lacks: a link up to a higher goal, goals below it, measures. */
    public record Marks(boolean noLinkUp, boolean noLinkDown, boolean noMeasures, int up, int down, int measures) {}

    public Map<String, Marks> marks(ProgrammeView p, List<GoalView> goals) {
        Map<Long, LinkCounts> counts = programmes.linkCounts(p);
        Map<Long, Integer> measureCounts = measures.measureCountsByGoal(
                goals.stream().map(g -> Long.valueOf(g.id())).toList());
        // a goal's sub-goals count as the links down and the measures of its own programme
        Set<String> parents = new HashSet<>();
        goals.forEach(g -> {
            if (g.parentId() != null) {
                parents.add(g.parentId());
            }
        });
        boolean top = PlanningCatalogues.NATIONAL_KINDS.contains(p.kind());
        Map<String, Marks> marks = new LinkedHashMap<>();
        for (GoalView g : goals) {
            LinkCounts c = counts.getOrDefault(Long.valueOf(g.id()), new LinkCounts(0, 0, 0));
            int m = measureCounts.getOrDefault(Long.valueOf(g.id()), 0);
            boolean hasChildren = parents.contains(g.id());
            boolean linkedUp = c.up() > 0 || g.parentId() != null;
            marks.put(
                    g.id(),
                    new Marks(
                            !top && !linkedUp,
                            c.down() == 0 && !hasChildren,
                            m == 0 && !hasChildren,
                            c.up(),
                            c.down(),
                            m));
        }
        return marks;
    }

    /** Two programmes' goals side by side: rows are A's goals, columns B's, cells the links between them. */
    public record Matrix(
            ProgrammeView a,
            ProgrammeView b,
            List<GoalView> rows,
            List<GoalView> columns,
            Map<String, String> cells,
            Map<String, Marks> rowMarks,
            Map<String, Marks> columnMarks,
            int links) {

        /** The link between row goal and column goal: e.g. {@code "UP:CONTRIBUTES_TO"}, or null. */
        public String cell(String rowGoalId, String columnGoalId) {
            return cells.get(rowGoalId + "/" + columnGoalId);
        }
    }

    public Matrix matrix(String programmeA, String programmeB) {
        ProgrammeView a = programmes.get(programmeA);
        ProgrammeView b = programmes.get(programmeB);
        List<GoalView> rows = programmes.goals(a);
        List<GoalView> columns = programmes.goals(b);
        Set<String> columnIds = new HashSet<>();
        columns.forEach(g -> columnIds.add(g.id()));
        Collection<Long> rowIds = rows.stream().map(g -> Long.valueOf(g.id())).toList();
        Map<String, String> cells = new HashMap<>();
        List<GoalLinkView> shown = new ArrayList<>();
        for (GoalLinkView l : programmes.linksUp(rowIds)) {
            if (columnIds.contains(l.toGoalId())) {
                cells.put(l.fromGoalId() + "/" + l.toGoalId(), "UP:" + l.kind());
                shown.add(l);
            }
        }
        for (GoalLinkView l : programmes.linksDown(rowIds)) {
            if (columnIds.contains(l.fromGoalId())) {
                cells.put(l.toGoalId() + "/" + l.fromGoalId(), "DOWN:" + l.kind());
                shown.add(l);
            }
        }
        int links = access.readLinks(shown).size();
        return new Matrix(a, b, rows, columns, cells, marks(a, rows), marks(b, columns), links);
    }

    /** The measures of a goal and of the goals below it: how many, how many are done, their mean progress. */
    public record GoalProgress(int measures, int done, Integer meanPercent) {

        static final GoalProgress NONE = new GoalProgress(0, 0, null);
    }

    /**
     * A goal of the other programme linked to a row's goal: {@code direction} {@code up} when the
     * row's goal contributes to it, {@code down} when it contributes to the row's goal.
     */
    public record LinkedGoal(GoalView goal, String direction, String kind, GoalProgress progress) {}

    /** A goal of the first programme with its progress and the second programme's goals linked to it. */
    public record PairRow(GoalView goal, Marks marks, GoalProgress progress, List<LinkedGoal> links) {}

    /**
     * Two programmes' goals read goal by goal: for each goal of {@code a}, the goals of {@code b} it
     * is linked to, with every goal's progress; then the goals of {@code b} linked to none of them.
     * Fits a screen however many goals there are, unlike a goals × goals matrix.
     */
    public record Pairing(ProgrammeView a, ProgrammeView b, List<PairRow> rows, List<LinkedGoal> unlinked, int links) {

        public PairRow row(String goalId) {
            return rows.stream()
                    .filter(r -> r.goal().id().equals(goalId))
                    .findFirst()
                    .orElse(null);
        }
    }

    public Pairing pairing(String programmeA, String programmeB) {
        Matrix m = matrix(programmeA, programmeB);
        List<Long> ids = new ArrayList<>();
        m.rows().forEach(g -> ids.add(Long.valueOf(g.id())));
        m.columns().forEach(g -> ids.add(Long.valueOf(g.id())));
        Map<String, GoalProgress> progress = progress(ids);
        Map<String, GoalView> columns = new LinkedHashMap<>();
        m.columns().forEach(g -> columns.put(g.id(), g));
        Set<String> linkedColumns = new HashSet<>();
        List<PairRow> rows = new ArrayList<>();
        for (GoalView r : m.rows()) {
            List<LinkedGoal> links = new ArrayList<>();
            for (GoalView c : m.columns()) {
                String cell = m.cell(r.id(), c.id());
                if (cell != null) {
                    String[] parts = cell.split(":");
                    links.add(new LinkedGoal(
                            c,
                            parts[0].equals("UP") ? "up" : "down",
                            parts[1],
                            progress.getOrDefault(c.id(), GoalProgress.NONE)));
                    linkedColumns.add(c.id());
                }
            }
            rows.add(new PairRow(r, m.rowMarks().get(r.id()), progress.getOrDefault(r.id(), GoalProgress.NONE), links));
        }
        List<LinkedGoal> unlinked = new ArrayList<>();
        for (GoalView c : columns.values()) {
            if (!linkedColumns.contains(c.id())) {
                unlinked.add(new LinkedGoal(c, null, null, progress.getOrDefault(c.id(), GoalProgress.NONE)));
            }
        }
        return new Pairing(m.a(), m.b(), rows, unlinked, m.links());
    }

    /**
     * The progress of each goal: the measures the reader may see of the goal and of every goal below it
     * (its sub-goals and the goals linked to it, down the chain); a cancelled measure does not count.
     */
    private Map<String, GoalProgress> progress(Collection<Long> roots) {
        Set<Long> hidden = access.hidden();
        Map<Long, Set<Long>> below = new HashMap<>();
        Set<Long> seen = new HashSet<>(roots);
        List<Long> level = new ArrayList<>(roots);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty() && seen.size() < MAX_NODES * 4; depth++) {
            List<Long> next = new ArrayList<>();
            for (GoalLinkView l : programmes.linksDown(level)) {
                if (!hidden.contains(Long.valueOf(l.fromProgrammeId()))) {
                    long from = Long.parseLong(l.fromGoalId());
                    below.computeIfAbsent(Long.valueOf(l.toGoalId()), k -> new HashSet<>())
                            .add(from);
                    if (seen.add(from)) {
                        next.add(from);
                    }
                }
            }
            for (GoalView child : programmes.childGoals(level)) {
                long id = Long.parseLong(child.id());
                below.computeIfAbsent(Long.valueOf(child.parentId()), k -> new HashSet<>())
                        .add(id);
                if (seen.add(id)) {
                    next.add(id);
                }
            }
            level = next;
        }
        Map<Long, List<MeasureView>> byGoal = new HashMap<>();
        for (MeasureView v : measures.ofGoals(seen, hidden, 20_000)) {
            if (!"CANCELLED".equals(v.status())) {
                v.goalIds()
                        .forEach(g -> byGoal.computeIfAbsent(Long.valueOf(g), k -> new ArrayList<>())
                                .add(v));
            }
        }
        Map<String, GoalProgress> out = new HashMap<>();
        for (long root : roots) {
            Map<String, MeasureView> reached = new LinkedHashMap<>();
            Set<Long> visited = new HashSet<>();
            List<Long> todo = new ArrayList<>(List.of(root));
            while (!todo.isEmpty()) {
                long g = todo.remove(todo.size() - 1);
                if (!visited.add(g)) {
                    continue;
                }
                byGoal.getOrDefault(g, List.of()).forEach(m -> reached.putIfAbsent(m.id(), m));
                todo.addAll(below.getOrDefault(g, Set.of()));
            }
            int done = 0;
            int sum = 0;
            for (MeasureView m : reached.values()) {
                boolean finished = "DONE".equals(m.status());
                done += finished ? 1 : 0;
                sum += finished ? 100 : m.progressPercent() == null ? 0 : m.progressPercent();
            }
            out.put(
                    String.valueOf(root),
                    reached.isEmpty()
                            ? GoalProgress.NONE
                            : new GoalProgress(reached.size(), done, Math.round((float) sum / reached.size())));
        }
        return out;
    }
}
