package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.GoalsRemoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When goals are deleted, the measures that served them forget them. It runs after the deletion
 * commits, in a transaction of its own; the event publication registry keeps the event until it has,
 * and retries it after a failure (at the next start).
 */
@Component
class GoalsRemovedListener {

    private final MeasureRepository measures;

    GoalsRemovedListener(MeasureRepository measures) {
        this.measures = measures;
    }

    @ApplicationModuleListener
    void on(GoalsRemoved event) {
        if (!event.goalIds().isEmpty()) {
            measures.forgetGoals(event.goalIds());
        }
    }
}
