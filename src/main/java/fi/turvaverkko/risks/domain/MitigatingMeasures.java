package fi.turvaverkko.risks.domain;

import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.MeasureView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The planning module's measures as the risk pages show them: only those the user may read (a
 * measure of a restricted plan is left out, as planning leaves it out), with title, status and
 * progress.
 */
@Component
public class MitigatingMeasures {

    private final MeasureService measures;

    MitigatingMeasures(MeasureService measures) {
        this.measures = measures;
    }

    /** A mitigating measure as a list shows it. */
    public record Measure(String id, String title, String status, Integer progressPercent, boolean delayed) {}

    public List<Measure> visible(List<String> ids) {
        List<Measure> out = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(m -> out.add(new Measure(
                    m.id(), m.localTitle(), m.status(), m.progressPercent(), Boolean.TRUE.equals(m.delayed()))));
        }
        return out;
    }

    /** Does a measure with this id exist for the user? */
    boolean exists(long id) {
        return measures.find(id).isPresent();
    }

    private Optional<MeasureView> find(String id) {
        try {
            return measures.find(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
