package fi.turvaverkko.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.MeasureSummary;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The alignment on a small world of its own, without a database: a national strategy (N), a regional
 * programme (R) with a sub-goal, a municipal plan (M) whose goal implements R's, and a restricted plan
 * (X) the reader may not read, whose goal also contributes to R's.
 */
class AlignmentServiceTests {

    static final long N1 = 10;
    static final long R1 = 20;
    static final long R1A = 21;
    static final long M1 = 30;
    static final long X1 = 40;

    final World world = new World();
    final AlignmentService alignment = new AlignmentService(world, world);

    AlignmentServiceTests() {
        world.programme(1, "NATIONAL_STRATEGY", true);
        world.programme(2, "REGIONAL_PROGRAMME", true);
        world.programme(3, "WELLBEING_PLAN", true);
        world.programme(4, "PREPAREDNESS_PLAN", false);
        world.goal(N1, 1, null, "1");
        world.goal(R1, 2, null, "1");
        world.goal(R1A, 2, R1, "1.1");
        world.goal(M1, 3, null, "1");
        world.goal(X1, 4, null, "1");
        world.link(R1, N1, "CONTRIBUTES_TO");
        world.link(M1, R1, "IMPLEMENTS");
        world.link(X1, R1, "CONTRIBUTES_TO");
        world.measure(1, R1A, "ONGOING", 40);
        world.measure(2, M1, "DONE", 100);
        world.measure(3, M1, "CANCELLED", 10);
        world.measure(4, R1, "PLANNED", null);
        world.measure(5, X1, "ONGOING", 90);
    }

    @Test
    void aGoalsTreeDownReachesItsSubGoalsAndTheGoalsThatImplementItWithTheirMeasures() {
        AlignmentService.Alignment a = alignment.of(String.valueOf(R1));
        assertThat(a.goal().id()).isEqualTo("20");
        assertThat(a.programme().id()).isEqualTo("2");
        AlignmentService.Node down = a.down();
        assertThat(down.relation()).isNull();
        assertThat(down.measures()).extracting(MeasureView::id).containsExactly("4");
        assertThat(down.next())
                .extracting(n -> n.goal().id() + ":" + n.relation())
                .containsExactlyInAnyOrder("30:IMPLEMENTS", "21:SUBGOAL");
        AlignmentService.Node municipal = child(down, "30");
        assertThat(municipal.programme().kind()).isEqualTo("WELLBEING_PLAN");
        assertThat(municipal.measures()).extracting(MeasureView::id).containsExactly("2", "3");
        // the measures of the goals reached, a cancelled one too; never one of the restricted plan
        assertThat(a.measureCount()).isEqualTo(4);
    }

    @Test
    void theLinksATreeAndAMatrixShowAreReportedAsShownAndNoOthers() {
        alignment.of(String.valueOf(R1));
        // down: the municipal goal implements R1 (the restricted plan's link is not shown); up: R1 to N1
        assertThat(world.shownLinks).containsExactlyInAnyOrder("30>20", "20>10");
        world.shownLinks.clear();
        AlignmentService.Matrix m = alignment.matrix("2", "3");
        assertThat(world.shownLinks).containsExactly("30>20");
        assertThat(m.links()).isEqualTo(1);
    }

    @Test
    void aRestrictedPlanTheReaderMayNotReadTakesNoPartInTheTree() {
        AlignmentService.Alignment a = alignment.of(String.valueOf(R1));
        assertThat(ids(a.down())).doesNotContain("40");
        assertThat(world.askedProgrammes).anySatisfy(asked -> assertThat(asked).contains(4L));
    }

    @Test
    void theTreeUpClimbsTheLinksAndTheParentGoals() {
        AlignmentService.Alignment a = alignment.of(String.valueOf(R1A));
        assertThat(a.up()).singleElement().satisfies(parent -> {
            assertThat(parent.goal().id()).isEqualTo("20");
            assertThat(parent.relation()).isEqualTo("SUBGOAL");
            assertThat(parent.next()).singleElement().satisfies(top -> {
                assertThat(top.goal().id()).isEqualTo("10");
                assertThat(top.relation()).isEqualTo("CONTRIBUTES_TO");
                assertThat(top.next()).isEmpty();
            });
        });
    }

    @Test
    void aCycleInTheDataEndsTheBranchInsteadOfLoopingForever() {
        world.link(N1, M1, "CONTRIBUTES_TO");
        AlignmentService.Alignment a = alignment.of(String.valueOf(N1));
        assertThat(ids(a.down())).containsOnlyOnce("10");
    }

    @Test
    void aGoalOrProgrammeTheReaderMayNotReadIsNotFound() {
        assertThatThrownBy(() -> alignment.of(String.valueOf(X1))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> alignment.of("999")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> alignment.matrix("2", "4")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void marksTellWhatAGoalLacks() {
        ProgrammeView regional = world.programmes.get(2L);
        Map<String, AlignmentService.Marks> marks = alignment.marks(regional, world.goalsOf(regional));
        AlignmentService.Marks top = marks.get("20");
        assertThat(top.noLinkUp()).isFalse();
        assertThat(top.noLinkDown()).isFalse();
        assertThat(top.noMeasures()).isFalse();
        assertThat(top.up()).isEqualTo(1);
        AlignmentService.Marks sub = marks.get("21");
        // a sub-goal is linked up through its parent; it has nothing below it
        assertThat(sub.noLinkUp()).isFalse();
        assertThat(sub.noLinkDown()).isTrue();
        assertThat(sub.noMeasures()).isFalse();
        assertThat(sub.measures()).isEqualTo(1);
    }

    @Test
    void aNationalGoalNeedsNoLinkUpAndAGoalWithoutMeasuresIsMarked() {
        ProgrammeView national = world.programmes.get(1L);
        AlignmentService.Marks n1 =
                alignment.marks(national, world.goalsOf(national)).get("10");
        assertThat(n1.noLinkUp()).isFalse();
        assertThat(n1.noMeasures()).isTrue();
        ProgrammeView municipal = world.programmes.get(3L);
        world.linkCounts.put(M1, new GoalRepository.LinkCounts(M1, 0, 0));
        AlignmentService.Marks m1 =
                alignment.marks(municipal, world.goalsOf(municipal)).get("30");
        assertThat(m1.noLinkUp()).isTrue();
        assertThat(m1.noLinkDown()).isTrue();
    }

    @Test
    void theMatrixHasACellForEveryLinkBetweenTheTwoProgrammesEitherWay() {
        AlignmentService.Matrix up = alignment.matrix("2", "1");
        assertThat(up.links()).isEqualTo(1);
        assertThat(up.cell("20", "10")).isEqualTo("UP:CONTRIBUTES_TO");
        assertThat(up.cell("21", "10")).isNull();
        AlignmentService.Matrix down = alignment.matrix("2", "3");
        assertThat(down.cell("20", "30")).isEqualTo("DOWN:IMPLEMENTS");
    }

    @Test
    void thePairingCountsTheMeasuresBelowEachGoalOnceAndLeavesCancelledOnesOut() {
        AlignmentService.Pairing p = alignment.pairing("2", "1");
        AlignmentService.PairRow r1 = p.row("20");
        // below R1: its own (4, planned), its sub-goal's (1, 40 %), the municipal goal's (2 done; 3 cancelled)
        assertThat(r1.progress()).isEqualTo(new AlignmentService.GoalProgress(3, 1, 47));
        assertThat(r1.links()).singleElement().satisfies(l -> {
            assertThat(l.direction()).isEqualTo("up");
            assertThat(l.kind()).isEqualTo("CONTRIBUTES_TO");
            assertThat(l.goal().id()).isEqualTo("10");
            assertThat(l.progress()).isEqualTo(new AlignmentService.GoalProgress(3, 1, 47));
        });
        assertThat(p.row("21").progress()).isEqualTo(new AlignmentService.GoalProgress(1, 0, 40));
        assertThat(p.row("21").links()).isEmpty();
        assertThat(p.unlinked()).isEmpty();
        assertThat(p.row("404")).isNull();
    }

    @Test
    void aGoalOfTheOtherProgrammeLinkedToNoneIsListedApart() {
        world.goal(11, 1, null, "2");
        AlignmentService.Pairing p = alignment.pairing("2", "1");
        assertThat(p.unlinked()).singleElement().satisfies(l -> {
            assertThat(l.goal().id()).isEqualTo("11");
            assertThat(l.direction()).isNull();
            assertThat(l.progress()).isEqualTo(new AlignmentService.GoalProgress(0, 0, null));
        });
    }

    private static AlignmentService.Node child(AlignmentService.Node n, String goalId) {
        return n.next().stream()
                .filter(c -> c.goal().id().equals(goalId))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ids(AlignmentService.Node n) {
        List<String> out = new ArrayList<>();
        out.add(n.goal().id());
        n.next().forEach(c -> out.addAll(ids(c)));
        return out;
    }

    /** The goals, links, programmes and measures of the test, and what the service asked of them. */
    static final class World implements GoalGraph, Measures {
        final Map<Long, ProgrammeView> programmes = new HashMap<>();
        final Set<Long> readable = new java.util.HashSet<>();
        final Map<Long, GoalView> goals = new java.util.LinkedHashMap<>();
        final List<GoalLinkView> links = new ArrayList<>();
        final List<MeasureView> measures = new ArrayList<>();
        final Map<Long, GoalRepository.LinkCounts> linkCounts = new HashMap<>();
        final List<Set<Long>> askedProgrammes = new ArrayList<>();
        final List<String> shownLinks = new ArrayList<>();

        @Override
        public Optional<Long> programmeOf(String itemType, long id) {
            return Optional.empty();
        }

        @Override
        public void shown(Collection<GoalLinkView> shown) {
            shown.forEach(l -> shownLinks.add(l.fromGoalId() + ">" + l.toGoalId()));
        }

        void programme(long id, String kind, boolean mayRead) {
            programmes.put(
                    id,
                    new ProgrammeView(
                            String.valueOf(id),
                            kind,
                            "P" + id,
                            null,
                            null,
                            null,
                            "1",
                            null,
                            "1",
                            "19",
                            null,
                            null,
                            "APPROVED",
                            null,
                            null,
                            null,
                            null,
                            mayRead ? ProgrammeView.PUBLIC : ProgrammeView.RESTRICTED,
                            null,
                            null,
                            0L));
            if (mayRead) {
                readable.add(id);
            }
        }

        void goal(long id, long programme, Long parent, String code) {
            goals.put(
                    id,
                    new GoalView(
                            String.valueOf(id),
                            String.valueOf(programme),
                            parent == null ? null : String.valueOf(parent),
                            code,
                            "Goal " + id,
                            null,
                            null,
                            null,
                            (int) id,
                            0L));
        }

        void link(long from, long to, String kind) {
            links.add(new GoalLinkView(
                    String.valueOf(links.size() + 1),
                    String.valueOf(from),
                    String.valueOf(to),
                    kind,
                    null,
                    goals.get(from).programmeId(),
                    goals.get(to).programmeId(),
                    null,
                    null,
                    0L));
            linkCounts.merge(
                    from,
                    new GoalRepository.LinkCounts(from, 1, 0),
                    (a, b) -> new GoalRepository.LinkCounts(from, a.up() + 1, a.down()));
            linkCounts.merge(
                    to,
                    new GoalRepository.LinkCounts(to, 0, 1),
                    (a, b) -> new GoalRepository.LinkCounts(to, a.up(), a.down() + 1));
        }

        void measure(long id, long goal, String status, Integer percent) {
            measures.add(new MeasureView(
                    String.valueOf(id),
                    goals.get(goal).programmeId(),
                    null,
                    "M" + id,
                    null,
                    null,
                    null,
                    "1",
                    List.of(),
                    List.of("698"),
                    List.of(),
                    List.of(),
                    "PREVENTION",
                    List.of(String.valueOf(goal)),
                    null,
                    null,
                    status,
                    false,
                    percent,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    0L));
        }

        private boolean mayRead(GoalView g) {
            return readable.contains(Long.valueOf(g.programmeId()));
        }

        @Override
        public Optional<GoalView> goal(long id) {
            return Optional.ofNullable(goals.get(id)).filter(this::mayRead);
        }

        @Override
        public List<GoalView> goals(Collection<Long> ids) {
            return ids.stream()
                    .map(goals::get)
                    .filter(g -> g != null && mayRead(g))
                    .toList();
        }

        @Override
        public List<GoalView> children(Collection<Long> goalIds) {
            return goals.values().stream()
                    .filter(g -> g.parentId() != null && goalIds.contains(Long.valueOf(g.parentId())))
                    .toList();
        }

        @Override
        public List<GoalLinkView> linksUp(Collection<Long> goalIds) {
            return links.stream()
                    .filter(l -> goalIds.contains(Long.valueOf(l.fromGoalId())))
                    .toList();
        }

        @Override
        public List<GoalLinkView> linksDown(Collection<Long> goalIds) {
            return links.stream()
                    .filter(l -> goalIds.contains(Long.valueOf(l.toGoalId())))
                    .toList();
        }

        @Override
        public Map<Long, ProgrammeView> programmes(Collection<Long> ids) {
            askedProgrammes.add(Set.copyOf(ids));
            Map<Long, ProgrammeView> found = new HashMap<>();
            ids.stream().filter(readable::contains).forEach(id -> found.put(id, programmes.get(id)));
            return found;
        }

        @Override
        public List<GoalView> goalsOf(ProgrammeView p) {
            return goals.values().stream()
                    .filter(g -> g.programmeId().equals(p.id()))
                    .toList();
        }

        @Override
        public Map<Long, GoalRepository.LinkCounts> linkCounts(ProgrammeView p) {
            return linkCounts;
        }

        @Override
        public List<MeasureView> ofGoals(Collection<Long> goalIds, int limit) {
            return measures.stream()
                    .filter(m -> readable.contains(Long.valueOf(m.programmeId())))
                    .filter(m -> m.goalIds().stream().anyMatch(g -> goalIds.contains(Long.valueOf(g))))
                    .limit(limit)
                    .toList();
        }

        @Override
        public Map<Long, Integer> countsByGoal(Collection<Long> goalIds) {
            Map<Long, Integer> counts = new HashMap<>();
            for (MeasureView m : measures) {
                m.goalIds().stream()
                        .map(Long::valueOf)
                        .filter(goalIds::contains)
                        .forEach(g -> counts.merge(g, 1, Integer::sum));
            }
            return counts;
        }

        @Override
        public MeasureView createFromSource(MeasureDraft draft, String sourceType, String sourceId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MeasureSummary> summaries(Collection<String> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PageResult<MeasureView> ofProgramme(String programmeId, PageParams paging) {
            throw new UnsupportedOperationException();
        }
    }
}
