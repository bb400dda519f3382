package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.shared.NotFoundException;
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
 * their progress, and the chain above it; the goals of two programmes side by side with their links;
 * and the goals with no link up, none down or no measures. Only what the reader may read takes part.
 */
@Service
public class AlignmentService {

    static final int MAX_DEPTH = 8;
    static final int MAX_NODES = 400;

    private final GoalGraph graph;
    private final Measures measures;

    AlignmentService(GoalGraph graph, Measures measures) {
        this.graph = graph;
        this.measures = measures;
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
        GoalView goal = graph.goal(fi.turvaverkko.shared.Ids.parse(goalId)).orElseThrow(NotFoundException::new);
        long start = Long.parseLong(goal.id());
        ProgrammeView programme =
                graph.programmes(List.of(Long.valueOf(goal.programmeId()))).get(Long.valueOf(goal.programmeId()));
        if (programme == null) {
            throw new NotFoundException();
        }
        GoalWalk down = GoalWalk.down(graph, start, MAX_DEPTH, MAX_NODES);
        Map<Long, GoalView> goalsDown = byId(graph.goals(down.seen));
        List<MeasureView> all = measures.ofGoals(down.seen, 2000);
        Map<Long, List<MeasureView>> measuresByGoal = new HashMap<>();
        for (MeasureView m : all) {
            for (String g : m.goalIds()) {
                if (down.seen.contains(Long.valueOf(g))) {
                    measuresByGoal
                            .computeIfAbsent(Long.valueOf(g), k -> new ArrayList<>())
                            .add(m);
                }
            }
        }
        GoalWalk up = GoalWalk.up(graph, start, MAX_DEPTH);
        Map<Long, GoalView> goalsUp = byId(graph.goals(up.seen));
        goalsUp.put(start, goal);
        Set<Long> programmeIds = new HashSet<>();
        goalsDown.values().forEach(g -> programmeIds.add(Long.valueOf(g.programmeId())));
        goalsUp.values().forEach(g -> programmeIds.add(Long.valueOf(g.programmeId())));
        Map<Long, ProgrammeView> programmes = graph.programmes(programmeIds);
        Node downTree = new Tree(down.edges, goalsDown, measuresByGoal, programmes).build(start, null);
        Tree upTree = new Tree(up.edges, goalsUp, Map.of(), programmes);
        List<Node> upNodes = new ArrayList<>();
        for (GoalWalk.Edge e : up.edges.getOrDefault(start, List.of())) {
            Node n = upTree.build(e.goalId(), e.relation());
            if (n != null) {
                upNodes.add(n);
            }
        }
        List<GoalLinkView> shown = new ArrayList<>(down.taken);
        shown.addAll(up.taken);
        graph.shown(shown);
        return new Alignment(goal, programme, downTree, upNodes, all.size());
    }

    private static Map<Long, GoalView> byId(List<GoalView> goals) {
        Map<Long, GoalView> byId = new HashMap<>();
        goals.forEach(g -> byId.put(Long.valueOf(g.id()), g));
        return byId;
    }

    /** Builds the nodes of a walk's edges; a goal on the path already is not entered again. */
    private record Tree(
            Map<Long, List<GoalWalk.Edge>> edges,
            Map<Long, GoalView> goals,
            Map<Long, List<MeasureView>> measuresByGoal,
            Map<Long, ProgrammeView> programmes) {

        Node build(long goalId, String relation) {
            return build(goalId, relation, new HashSet<>());
        }

        private Node build(long goalId, String relation, Set<Long> path) {
            GoalView g = goals.get(goalId);
            if (g == null || !path.add(goalId)) {
                return null;
            }
            ProgrammeView p = programmes.get(Long.valueOf(g.programmeId()));
            if (p == null) {
                path.remove(goalId);
                return null;
            }
            List<Node> next = new ArrayList<>();
            for (GoalWalk.Edge e : edges.getOrDefault(goalId, List.of())) {
                Node n = build(e.goalId(), e.relation(), path);
                if (n != null) {
                    next.add(n);
                }
            }
            path.remove(goalId);
            return new Node(g, p, relation, measuresByGoal.getOrDefault(goalId, List.of()), next);
        }
    }

    /** What a goal lacks: a link up to a higher goal, goals below it, measures. */
    public record Marks(boolean noLinkUp, boolean noLinkDown, boolean noMeasures, int up, int down, int measures) {}

    /**
     * The marks of a programme's goals. A goal's sub-goals count as its links down and as its measures;
     * a goal of a national programme needs no link up.
     */
    public Map<String, Marks> marks(ProgrammeView p, List<GoalView> goals) {
        Map<Long, GoalRepository.LinkCounts> counts = graph.linkCounts(p);
        Map<Long, Integer> measureCounts = measures.countsByGoal(
                goals.stream().map(g -> Long.valueOf(g.id())).toList());
        Set<String> parents = new HashSet<>();
        goals.forEach(g -> {
            if (g.parentId() != null) {
                parents.add(g.parentId());
            }
        });
        boolean top = PlanningCatalogues.NATIONAL_KINDS.contains(p.kind());
        Map<String, Marks> marks = new LinkedHashMap<>();
        for (GoalView g : goals) {
            GoalRepository.LinkCounts c =
                    counts.getOrDefault(Long.valueOf(g.id()), new GoalRepository.LinkCounts(0, 0, 0));
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
        ProgrammeView a = readable(programmeA);
        ProgrammeView b = readable(programmeB);
        List<GoalView> rows = graph.goalsOf(a);
        List<GoalView> columns = graph.goalsOf(b);
        Set<String> columnIds = new HashSet<>();
        columns.forEach(g -> columnIds.add(g.id()));
        Collection<Long> rowIds = rows.stream().map(g -> Long.valueOf(g.id())).toList();
        Map<String, String> cells = new HashMap<>();
        List<GoalLinkView> shown = new ArrayList<>();
        for (GoalLinkView l : graph.linksUp(rowIds)) {
            if (columnIds.contains(l.toGoalId())) {
                cells.put(l.fromGoalId() + "/" + l.toGoalId(), "UP:" + l.kind());
                shown.add(l);
            }
        }
        for (GoalLinkView l : graph.linksDown(rowIds)) {
            if (columnIds.contains(l.fromGoalId())) {
                cells.put(l.toGoalId() + "/" + l.fromGoalId(), "DOWN:" + l.kind());
                shown.add(l);
            }
        }
        graph.shown(shown);
        return new Matrix(a, b, rows, columns, cells, marks(a, rows), marks(b, columns), shown.size());
    }

    private ProgrammeView readable(String id) {
        long key = fi.turvaverkko.shared.Ids.parse(id);
        ProgrammeView p = graph.programmes(List.of(key)).get(key);
        if (p == null) {
            throw new NotFoundException();
        }
        return p;
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
        Set<String> linkedColumns = new HashSet<>();
        List<PairRow> rows = new ArrayList<>();
        for (GoalView r : m.rows()) {
            List<LinkedGoal> links = new ArrayList<>();
            for (GoalView c : m.columns()) {
                String cell = m.cell(r.id(), c.id());
                if (cell != null) {
                    String[] parts = cell.split(":");
                    String direction = parts[0].equals("UP") ? "up" : "down";
                    links.add(new LinkedGoal(c, direction, parts[1], progressOf(progress, c)));
                    linkedColumns.add(c.id());
                }
            }
            rows.add(new PairRow(r, m.rowMarks().get(r.id()), progressOf(progress, r), links));
        }
        List<LinkedGoal> unlinked = new ArrayList<>();
        for (GoalView c : m.columns()) {
            if (!linkedColumns.contains(c.id())) {
                unlinked.add(new LinkedGoal(c, null, null, progressOf(progress, c)));
            }
        }
        return new Pairing(m.a(), m.b(), rows, unlinked, m.links());
    }

    private static GoalProgress progressOf(Map<String, GoalProgress> progress, GoalView g) {
        return progress.getOrDefault(g.id(), GoalProgress.NONE);
    }

    /**
     * The progress of each goal: the measures the reader may see of the goal and of every goal below it
     * (its sub-goals and the goals linked to it, down the chain); a cancelled measure does not count.
     */
    Map<String, GoalProgress> progress(Collection<Long> roots) {
        Map<Long, Set<Long>> below = GoalWalk.below(graph, roots, MAX_DEPTH, MAX_NODES * 4);
        Set<Long> reachable = new HashSet<>(roots);
        below.values().forEach(reachable::addAll);
        Map<Long, List<MeasureView>> byGoal = new HashMap<>();
        for (MeasureView v : measures.ofGoals(reachable, 20_000)) {
            if (!"CANCELLED".equals(v.status())) {
                v.goalIds()
                        .forEach(g -> byGoal.computeIfAbsent(Long.valueOf(g), k -> new ArrayList<>())
                                .add(v));
            }
        }
        Map<String, GoalProgress> out = new HashMap<>();
        for (long root : roots) {
            out.put(String.valueOf(root), progressBelow(root, below, byGoal));
        }
        return out;
    }

    /** The measures reached from the goal down every path, each once, summed up. */
    static GoalProgress progressBelow(long root, Map<Long, Set<Long>> below, Map<Long, List<MeasureView>> byGoal) {
        Map<String, MeasureView> reached = new LinkedHashMap<>();
        Set<Long> visited = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long g = todo.remove(todo.size() - 1);
            if (visited.add(g)) {
                byGoal.getOrDefault(g, List.of()).forEach(m -> reached.putIfAbsent(m.id(), m));
                todo.addAll(below.getOrDefault(g, Set.of()));
            }
        }
        if (reached.isEmpty()) {
            return GoalProgress.NONE;
        }
        int done = 0;
        int sum = 0;
        for (MeasureView m : reached.values()) {
            boolean finished = "DONE".equals(m.status());
            done += finished ? 1 : 0;
            sum += finished ? 100 : m.progressPercent() == null ? 0 : m.progressPercent();
        }
        return new GoalProgress(reached.size(), done, Math.round((float) sum / reached.size()));
    }
}
