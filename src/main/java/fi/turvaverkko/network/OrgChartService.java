package fi.turvaverkko.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The organisation chart of a region (slides 3 and 5) or a municipality (slide 6), drawn from the
 * data: the groups of the area as boxes, "reports to" as the tree, members listed in each box.
 */
@Service
public class OrgChartService {

    private final AreaService areas;
    private final ActorService actors;
    private final GroupService groups;

    OrgChartService(AreaService areas, ActorService actors, GroupService groups) {
        this.areas = areas;
        this.actors = actors;
        this.groups = groups;
    }

    /** The chart: the area, its lead actor (regions), and the tree of groups. */
    public record OrgChart(AreaView area, ActorView leadActor, List<Node> roots, int groupCount) {}

    /** A box: a group, its members by role, and the groups that report to it. */
    public record Node(GroupView group, List<Member> members, List<Node> children) {}

    /** A member line of a box. */
    public record Member(ActorView actor, String role) {}

    public OrgChart chart(AreaView area) {
        List<GroupView> inArea = groups.inArea(Long.parseLong(area.id()));
        Map<String, GroupView> byId = new LinkedHashMap<>();
        inArea.forEach(g -> byId.put(g.id(), g));
        List<MembershipView> memberships =
                groups.membersOf(inArea.stream().map(g -> Long.valueOf(g.id())).toList());
        Set<Long> actorIds =
                memberships.stream().map(m -> Long.valueOf(m.actorId())).collect(Collectors.toSet());
        ActorView lead = null;
        if (area.leadActorId() != null) {
            lead = actors.find(Long.valueOf(area.leadActorId())).orElse(null);
        }
        Map<String, ActorView> actorById = new HashMap<>();
        actors.findAll(actorIds).forEach(a -> actorById.put(a.id(), a));
        Map<String, List<Member>> membersByGroup = new HashMap<>();
        for (MembershipView m : memberships) {
            ActorView a = actorById.get(m.actorId());
            if (a != null) {
                membersByGroup
                        .computeIfAbsent(m.groupId(), k -> new ArrayList<>())
                        .add(new Member(a, m.role()));
            }
        }
        Map<String, List<GroupView>> children = new HashMap<>();
        List<GroupView> roots = new ArrayList<>();
        for (GroupView g : inArea) {
            if (g.reportsToId() != null && byId.containsKey(g.reportsToId())) {
                children.computeIfAbsent(g.reportsToId(), k -> new ArrayList<>())
                        .add(g);
            } else {
                roots.add(g);
            }
        }
        List<Node> tree = roots.stream()
                .sorted(ORDER)
                .map(g -> node(g, children, membersByGroup, 0))
                .toList();
        return new OrgChart(area, lead, tree, inArea.size());
    }

    private Node node(
            GroupView g, Map<String, List<GroupView>> children, Map<String, List<Member>> members, int depth) {
        List<Node> kids = depth > 20
                ? List.of()
                : children.getOrDefault(g.id(), List.of()).stream()
                        .sorted(ORDER)
                        .map(c -> node(c, children, members, depth + 1))
                        .toList();
        return new Node(g, members.getOrDefault(g.id(), List.of()), kids);
    }

    /** Councils above boards above management groups; then working groups, then committees. */
    private static final List<String> KIND_ORDER = List.of(
            "COUNCIL",
            "BOARD",
            "MANAGEMENT_GROUP",
            "COOPERATION_GROUP",
            "WELLBEING_SAFETY_GROUP",
            "PREPAREDNESS_COMMITTEE",
            "HEALTH_PROMOTION_GROUP",
            "COMMITTEE",
            "OTHER");

    private static final java.util.Comparator<GroupView> ORDER = java.util.Comparator.<GroupView>comparingInt(g -> {
                int i = KIND_ORDER.indexOf(g.kind());
                return i < 0 ? KIND_ORDER.size() : i;
            })
            .thenComparing(GroupView::name);
}
