package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.ProgrammeService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The planning module's goals and measures as the indicator pages show them: only those the user
 * may read, with their titles; targets and links name them by planning's ids.
 */
@Component
public class PlanningLinks {

    private final MeasureService measures;
    private final ProgrammeService programmes;

    PlanningLinks(MeasureService measures, ProgrammeService programmes) {
        this.measures = measures;
        this.programmes = programmes;
    }

    /** A linked measure as a list shows it. */
    public record Measure(String id, String title, String status, Integer progressPercent) {}

    public List<Measure> measures(List<String> ids) {
        List<Measure> out = new ArrayList<>();
        for (String id : ids) {
            parse(id)
                    .flatMap(measures::find)
                    .ifPresent(m -> out.add(new Measure(m.id(), m.localTitle(), m.status(), m.progressPercent())));
        }
        return out;
    }

    /** The goal's code and title, or null when the user may not read it. */
    public String goalLabel(String id) {
        return parse(id).flatMap(programmes::findGoal).map(GoalView::label).orElse(null);
    }

    boolean measureExists(long id) {
        return measures.find(id).isPresent();
    }

    boolean goalExists(long id) {
        return programmes.findGoal(id).isPresent();
    }

    private static Optional<Long> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
