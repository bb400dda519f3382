package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.GroupView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The organisation chart of a region (slides 3 and 5) or a municipality (slide 6), drawn from the
 * data: the groups of the area as boxes, "reports to" as the tree, each box with its tasks and its
 * members. In a region the groups of the lead actor hang under it, beside the groups of others.
 */
@Service
public class OrgChartService {

    private final ActorService actors;
    private final ContactService contacts;
    private final GroupService groups;

    OrgChartService(ActorService actors, ContactService contacts, GroupService groups) {
        this.actors = actors;
        this.contacts = contacts;
        this.groups = groups;
    }

    /**
     * The chart: the area, its lead actor (regions) with the trees of the groups it owns, and the
     * trees of the other groups of the area.
     */
    public record OrgChart(
            AreaView area, ActorView leadActor, List<Node> leadRoots, List<Node> otherRoots, int groupCount) {

        /** Every tree of the chart, the lead actor's first. */
        public List<Node> roots() {
            List<Node> all = new ArrayList<>(leadRoots);
            all.addAll(otherRoots);
            return all;
        }

        /** How many columns the lead actor's trees need side by side. */
        public int leadWidth() {
            return Math.max(1, leadRoots.stream().mapToInt(Node::width).sum());
        }
    }

    /**
     * A box: a group, its tasks (the lines of its task text that are list items, or the text
     * itself), its members, its owner (shown when it has no members: a body of the owner's own) and
     * the groups that report to it.
     */
    public record Node(
            GroupView group,
            List<String> tasks,
            String taskText,
            List<Member> members,
            ActorView owner,
            List<Node> children) {

        /** The seats in the group: an actor may hold several (a municipality's officials). */
        public int seatCount() {
            return members.stream().mapToInt(m -> m.seats().size()).sum();
        }

        /** How many columns this box and the boxes below it need side by side. */
        public int width() {
            return children.isEmpty()
                    ? 1
                    : children.stream().mapToInt(Node::width).sum();
        }
    }

    /** An actor in a group, with its seats: the role and the person (office) that holds each. */
    public record Member(ActorView actor, List<Seat> seats) {

        /** One plain seat (an ordinary member, nobody named): the actor's name says it all. */
        public boolean plain() {
            return seats.size() == 1
                    && seats.get(0).person() == null
                    && "MEMBER".equals(seats.get(0).role());
        }
    }

    /** A seat in a group: a role, and the person or office that holds it when one is named. */
    public record Seat(String role, String person) {}

    public OrgChart chart(AreaView area) {
        List<GroupView> inArea = groups.inArea(Long.parseLong(area.id()));
        Map<String, GroupView> byId = new LinkedHashMap<>();
        inArea.forEach(g -> byId.put(g.id(), g));
        List<MembershipView> memberships =
                groups.membersOf(inArea.stream().map(g -> Long.valueOf(g.id())).toList());
        Set<Long> actorIds =
                memberships.stream().map(m -> Long.valueOf(m.actorId())).collect(Collectors.toSet());
        inArea.forEach(g -> actorIds.add(Long.valueOf(g.ownerActorId())));
        ActorView lead = null;
        if (area.leadActorId() != null) {
            lead = actors.find(Long.valueOf(area.leadActorId())).orElse(null);
        }
        Map<String, ActorView> actorById = new HashMap<>();
        actors.findAll(actorIds).forEach(a -> actorById.put(a.id(), a));
        Map<String, ContactPersonView> contactById = new HashMap<>();
        contacts.findContacts(memberships.stream()
                        .filter(m -> m.contactPersonId() != null)
                        .map(m -> Long.valueOf(m.contactPersonId()))
                        .toList())
                .forEach(c -> contactById.put(c.id(), c));
        Map<String, List<Member>> membersByGroup = new HashMap<>();
        Map<String, List<MembershipView>> byGroup = new HashMap<>();
        memberships.forEach(m ->
                byGroup.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m));
        byGroup.forEach((group, list) -> membersByGroup.put(group, members(list, actorById, contactById)));

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
        List<Node> leadRoots = new ArrayList<>();
        List<Node> otherRoots = new ArrayList<>();
        for (GroupView g : roots.stream().sorted(ORDER).toList()) {
            Node node = node(g, children, membersByGroup, actorById, 0);
            if (lead != null && lead.id().equals(g.ownerActorId())) {
                leadRoots.add(node);
            } else {
                otherRoots.add(node);
            }
        }
        return new OrgChart(area, lead, leadRoots, otherRoots, inArea.size());
    }

    private Node node(
            GroupView g,
            Map<String, List<GroupView>> children,
            Map<String, List<Member>> members,
            Map<String, ActorView> actorById,
            int depth) {
        List<Node> kids = depth > 20
                ? List.of()
                : children.getOrDefault(g.id(), List.of()).stream()
                        .sorted(ORDER)
                        .map(c -> node(c, children, members, actorById, depth + 1))
                        .toList();
        List<String> tasks = taskItems(g.tasks());
        return new Node(
                g,
                tasks,
                tasks.isEmpty() ? blankToNull(g.tasks()) : null,
                members.getOrDefault(g.id(), List.of()),
                actorById.get(g.ownerActorId()),
                kids);
    }

    /** Members by actor, the chair's first: each actor once, with every seat it holds. */
    private static List<Member> members(
            List<MembershipView> list, Map<String, ActorView> actorById, Map<String, ContactPersonView> contactById) {
        Map<String, List<MembershipView>> byActor = new LinkedHashMap<>();
        list.stream()
                .sorted(Comparator.comparingInt(OrgChartService::rank))
                .forEach(m -> byActor.computeIfAbsent(m.actorId(), k -> new ArrayList<>())
                        .add(m));
        List<Member> members = new ArrayList<>();
        byActor.forEach((actorId, seats) -> {
            ActorView actor = actorById.get(actorId);
            if (actor != null) {
                members.add(new Member(
                        actor,
                        seats.stream()
                                .map(m -> new Seat(m.role(), person(contactById.get(m.contactPersonId()))))
                                .toList()));
            }
        });
        members.sort(Comparator.<Member>comparingInt(m -> rank(m.seats().get(0).role()))
                .thenComparing(m -> m.actor().localName()));
        return members;
    }

    /** A person is shown by their office when one is given: the chart names tasks, not people. */
    private static String person(ContactPersonView c) {
        if (c == null) {
            return null;
        }
        return c.title() != null && !c.title().isBlank() ? c.title() : c.name();
    }

    private static int rank(MembershipView m) {
        return rank(m.role());
    }

    private static int rank(String role) {
        int i = MembershipView.ROLES.indexOf(role);
        return i < 0 ? MembershipView.ROLES.size() : i;
    }

    /**
     * The list items of a task text: its lines that start with a dash or a bullet, each with the
     * lines that continue it. A text without such lines is not a list (the box shows the text).
     */
    static List<String> taskItems(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        StringBuilder current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("- ") || line.startsWith("• ") || line.startsWith("* ")) {
                if (current != null) {
                    items.add(current.toString());
                }
                current = new StringBuilder(line.substring(2).strip());
            } else if (current != null) {
                current.append(' ').append(line);
            } else {
                return List.of();
            }
        }
        if (current != null) {
            items.add(current.toString());
        }
        return items;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Councils above boards above management groups; then working groups, then committees. */
    private static final List<String> KIND_ORDER = List.of(
            "COUNCIL",
            "BOARD",
            "MANAGEMENT_GROUP",
            "COOPERATION_GROUP",
            "WELLBEING_SAFETY_GROUP",
            "HEALTH_PROMOTION_GROUP",
            "PREPAREDNESS_COMMITTEE",
            "COMMITTEE",
            "OTHER");

    private static final Comparator<GroupView> ORDER = Comparator.<GroupView>comparingInt(g -> {
                int i = KIND_ORDER.indexOf(g.kind());
                return i < 0 ? KIND_ORDER.size() : i;
            })
            .thenComparing(GroupView::name);
}
