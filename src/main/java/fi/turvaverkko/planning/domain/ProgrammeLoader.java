package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeView;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes programmes, goals and links as they were decided, without rights checks or audit entries:
 * for the demo data only (and never reachable from a request).
 */
@Component
public class ProgrammeLoader {

    private final ProgrammeRepository programmes;
    private final GoalRepository goals;

    ProgrammeLoader(ProgrammeRepository programmes, GoalRepository goals) {
        this.programmes = programmes;
        this.goals = goals;
    }

    public long count() {
        return programmes.count();
    }

    public long programme(ProgrammeView p, long areaId) {
        return programmes.insert(p, areaId);
    }

    /** Records the programme's approval (or archiving) as it happened. */
    public void decided(long id, OffsetDateTime at, String by, String status) {
        programmes.markApproved(id, at, by, status);
    }

    public long goal(GoalView g, long programmeId) {
        return goals.insert(g, programmeId);
    }

    public void link(long from, long to, String kind, String by) {
        goals.insertLink(from, to, kind, null, by);
    }

    /** A programme by its Finnish name. */
    public Optional<ProgrammeView> named(String name) {
        return programmes.all(new ProgrammeRepository.Filter(null, null, null, null, null, null, null), 5000).stream()
                .filter(p -> p.name().equals(name))
                .findFirst();
    }
}
