package fi.turvaverkko.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A programme's goals in reading order: each goal followed by the goals under it, with their depth. */
public final class GoalTree {

    private GoalTree() {}

    /** A goal and how deep it sits (0 for a top goal). */
    public record Entry(GoalView goal, int depth) {}

    public static List<Entry> flatten(List<GoalView> goals) {
        Map<String, List<GoalView>> children = new HashMap<>();
        Set<String> ids = new HashSet<>();
        goals.forEach(g -> ids.add(g.id()));
        List<GoalView> roots = new ArrayList<>();
        for (GoalView g : goals) {
            if (g.parentId() != null && ids.contains(g.parentId())) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g);
            } else {
                roots.add(g);
            }
        }
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GoalView r : roots) {
            add(r, 0, children, out, seen);
        }
        return out;
    }

    private static void add(
            GoalView g, int depth, Map<String, List<GoalView>> children, List<Entry> out, Set<String> seen) {
        if (!seen.add(g.id()) || depth > 10) {
            return;
        }
        out.add(new Entry(g, depth));
        for (GoalView c : children.getOrDefault(g.id(), List.of())) {
            add(c, depth + 1, children, out, seen);
        }
    }
}
