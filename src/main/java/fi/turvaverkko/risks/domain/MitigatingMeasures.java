package fi.turvaverkko.risks.domain;

import fi.turvaverkko.planning.Measures;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The planning module's measures as the risk pages show them: only those the user may read (a
 * measure of a restricted plan is left out, as planning leaves it out), with title, status and
 * progress, in one batch read of planning's facade.
 */
@Component
public class MitigatingMeasures {

    private final Measures measures;

    MitigatingMeasures(Measures measures) {
        this.measures = measures;
    }

    /** A mitigating measure as a list shows it. */
    public record Measure(String id, String title, String status, Integer progressPercent, boolean delayed) {}

    public List<Measure> visible(List<String> ids) {
        return measures.summaries(ids).stream()
                .map(m -> new Measure(m.id(), m.title(), m.status(), m.progressPercent(), m.delayed()))
                .toList();
    }

    /** Does a measure with this id exist for the user? */
    boolean exists(long id) {
        return !measures.summaries(List.of(String.valueOf(id))).isEmpty();
    }
}
