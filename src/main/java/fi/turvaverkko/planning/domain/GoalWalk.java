package fi.turvaverkko.planning.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A walk from goals along alignment links and sub-goals, a level at a time (one query per level and
 * kind), that passes only through programmes the reader may read. {@link #edges} are the steps taken,
 * from a goal to the goals found from it; {@link #seen} every goal reached, the start included.
 */
final class GoalWalk {

    /** A step from a goal to another: {@code CONTRIBUTES_TO}, {@code IMPLEMENTS} or {@code SUBGOAL}. */
    record Edge(long goalId, String relation) {}

    static final String SUBGOAL = "SUBGOAL";

    final Map<Long, List<Edge>> edges = new HashMap<>();
    final Set<Long> seen = new LinkedHashSet<>();
    /** The links the walk took, as shown to the reader. */
    final List<GoalLinkView> taken = new ArrayList<>();

    private final GoalGraph graph;
    private final Map<Long, Boolean> readable = new HashMap<>();

    private GoalWalk(GoalGraph graph) {
        this.graph = graph;
    }

    /** Down from the goal: the goals that contribute to it and its sub-goals, and so on. */
    static GoalWalk down(GoalGraph graph, long start, int maxDepth, int maxNodes) {
        GoalWalk w = new GoalWalk(graph);
        w.seen.add(start);
        List<Long> level = List.of(start);
        for (int depth = 0; depth < maxDepth && !level.isEmpty() && w.seen.size() < maxNodes; depth++) {
            List<Long> next = new ArrayList<>();
            List<GoalLinkView> links = graph.linksDown(level);
            w.learn(links.stream().map(l -> Long.valueOf(l.fromProgrammeId())).toList());
            for (GoalLinkView l : links) {
                long from = Long.parseLong(l.fromGoalId());
                if (w.mayRead(l.fromProgrammeId()) && w.seen.add(from)) {
                    w.taken.add(l);
                    w.step(Long.parseLong(l.toGoalId()), from, l.kind());
                    next.add(from);
                }
            }
            w.children(level, next);
            level = next;
        }
        return w;
    }

    /** Up from the goal: the goals it contributes to and its parent goal, and so on. */
    static GoalWalk up(GoalGraph graph, long start, int maxDepth) {
        GoalWalk w = new GoalWalk(graph);
        w.seen.add(start);
        List<Long> level = List.of(start);
        for (int depth = 0; depth < maxDepth && !level.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            List<GoalLinkView> links = graph.linksUp(level);
            w.learn(links.stream().map(l -> Long.valueOf(l.toProgrammeId())).toList());
            for (GoalLinkView l : links) {
                long to = Long.parseLong(l.toGoalId());
                if (w.mayRead(l.toProgrammeId()) && w.seen.add(to)) {
                    w.taken.add(l);
                    w.step(Long.parseLong(l.fromGoalId()), to, l.kind());
                    next.add(to);
                }
            }
            for (var g : graph.goals(level)) {
                if (g.parentId() != null && w.seen.add(Long.valueOf(g.parentId()))) {
                    w.step(Long.parseLong(g.id()), Long.parseLong(g.parentId()), SUBGOAL);
                    next.add(Long.valueOf(g.parentId()));
                }
            }
            level = next;
        }
        return w;
    }

    /**
     * Everything below each of the goals: for every goal reached, the goals directly below it (linked
     * to it from a readable programme, or its sub-goals), whether or not reached before.
     */
    static Map<Long, Set<Long>> below(GoalGraph graph, Collection<Long> roots, int maxDepth, int maxNodes) {
        GoalWalk w = new GoalWalk(graph);
        Map<Long, Set<Long>> below = new HashMap<>();
        w.seen.addAll(roots);
        List<Long> level = new ArrayList<>(roots);
        for (int depth = 0; depth < maxDepth && !level.isEmpty() && w.seen.size() < maxNodes; depth++) {
            List<Long> next = new ArrayList<>();
            List<GoalLinkView> links = graph.linksDown(level);
            w.learn(links.stream().map(l -> Long.valueOf(l.fromProgrammeId())).toList());
            for (GoalLinkView l : links) {
                if (w.mayRead(l.fromProgrammeId())) {
                    long from = Long.parseLong(l.fromGoalId());
                    below.computeIfAbsent(Long.valueOf(l.toGoalId()), k -> new HashSet<>())
                            .add(from);
                    if (w.seen.add(from)) {
                        next.add(from);
                    }
                }
            }
            for (var child : graph.children(level)) {
                long id = Long.parseLong(child.id());
                below.computeIfAbsent(Long.valueOf(child.parentId()), k -> new HashSet<>())
                        .add(id);
                if (w.seen.add(id)) {
                    next.add(id);
                }
            }
            level = next;
        }
        return below;
    }

    private void children(List<Long> level, List<Long> next) {
        for (var child : graph.children(level)) {
            long id = Long.parseLong(child.id());
            if (seen.add(id)) {
                step(Long.parseLong(child.parentId()), id, SUBGOAL);
                next.add(id);
            }
        }
    }

    private void step(long from, long to, String relation) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(to, relation));
    }

    /** Asks once, for all the programmes of a level not asked before, which the reader may read. */
    private void learn(Collection<Long> programmeIds) {
        Set<Long> unknown = new HashSet<>(programmeIds);
        unknown.removeAll(readable.keySet());
        if (unknown.isEmpty()) {
            return;
        }
        Set<Long> found = graph.programmes(unknown).keySet();
        unknown.forEach(id -> readable.put(id, found.contains(id)));
    }

    private boolean mayRead(String programmeId) {
        return readable.getOrDefault(Long.valueOf(programmeId), false);
    }
}
