package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeView;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The goals, their sub-goals and alignment links as {@link AlignmentService} walks them, a level at a
 * time (one query per level, never one per goal). Reads answer only what the caller may read.
 */
interface GoalGraph {

    /** The goal, if the caller may read it. */
    java.util.Optional<GoalView> goal(long id);

    /** The goals among these ids the caller may read. */
    List<GoalView> goals(Collection<Long> ids);

    /** The sub-goals of any of these goals. */
    List<GoalView> children(Collection<Long> goalIds);

    /** The links up from any of these goals (they contribute to the linked ones). */
    List<GoalLinkView> linksUp(Collection<Long> goalIds);

    /** The links down to any of these goals (the linked goals contribute to them). */
    List<GoalLinkView> linksDown(Collection<Long> goalIds);

    /** The programmes among these ids the caller may read, by id. */
    Map<Long, ProgrammeView> programmes(Collection<Long> ids);

    /** The goals of a programme in their order. */
    List<GoalView> goalsOf(ProgrammeView p);

    /** The links a view of the alignment shows the caller (the audit log names those of restricted plans). */
    default void shown(Collection<GoalLinkView> links) {}

    /** For each goal of the programme: how many links it has up and down. */
    Map<Long, GoalRepository.LinkCounts> linkCounts(ProgrammeView p);
}
