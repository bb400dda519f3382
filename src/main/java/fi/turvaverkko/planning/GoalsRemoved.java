package fi.turvaverkko.planning;

import java.util.List;

/**
 * Goals were deleted (a goal with the goals below it): the action list's measures forget them. The
 * action list listens ({@code @ApplicationModuleListener}), after the deletion commits, and the event
 * publication registry retries a listener that fails.
 */
public record GoalsRemoved(String programmeId, List<Long> goalIds) {}
