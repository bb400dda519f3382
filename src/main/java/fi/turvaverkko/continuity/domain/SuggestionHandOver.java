package fi.turvaverkko.continuity.domain;

import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.Measures;
import java.util.List;
import org.springframework.stereotype.Component;

/** Adopts a suggested improvement as the organisation's own measure in the action list (planning). */
@Component
class SuggestionHandOver {

    /** Improving one's own continuity is preventive work (slide 7). */
    static final String EMPHASIS = "PREVENTION";

    private final Measures measures;

    SuggestionHandOver(Measures measures) {
        this.measures = measures;
    }

    /** Is the action list there to take measures? */
    boolean available() {
        return true;
    }

    /**
     * Creates the measure in the current action list of the region of the organisation's home area,
     * the organisation responsible for it and its home area the area; answers its id. The action list
     * refuses a second measure of the same suggestion, or a region without an action list (409).
     */
    String adopt(String actorId, String homeAreaCode, String title, String description, String suggestionId) {
        MeasureDraft draft = new MeasureDraft(
                title,
                description,
                actorId,
                List.of(),
                homeAreaCode == null ? List.of() : List.of(homeAreaCode),
                List.of(),
                List.of(),
                EMPHASIS,
                null,
                null,
                null);
        return measures.createFromSource(draft, "CONTINUITY_SUGGESTION", suggestionId)
                .id();
    }
}
