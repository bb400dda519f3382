package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.Programmes;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The planning module's goals and measures as the indicator pages show them: only those the user
 * may read, with their titles; targets and links name them by planning's ids. Each list is one batch
 * read of planning's facades.
 */
@Component
public class PlanningLinks {

    private final Measures measures;
    private final Programmes programmes;

    PlanningLinks(Measures measures, Programmes programmes) {
        this.measures = measures;
        this.programmes = programmes;
    }

    /** A linked measure as a list shows it. */
    public record Measure(String id, String title, String status, Integer progressPercent) {}

    public List<Measure> measures(List<String> ids) {
        return measures.summaries(ids).stream()
                .map(m -> new Measure(m.id(), m.title(), m.status(), m.progressPercent()))
                .toList();
    }

    /** The goal's code and title, or null when the user may not read it. */
    public String goalLabel(String id) {
        Long key = parse(id);
        return key == null ? null : programmes.goalLabels(List.of(key)).get(String.valueOf(key));
    }

    boolean measureExists(long id) {
        return !measures.summaries(List.of(String.valueOf(id))).isEmpty();
    }

    boolean goalExists(long id) {
        return programmes.findGoal(id).isPresent();
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
