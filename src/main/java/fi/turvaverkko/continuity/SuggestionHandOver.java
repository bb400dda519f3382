package fi.turvaverkko.continuity;

import fi.turvaverkko.shared.ConflictException;
import org.springframework.stereotype.Component;

/** Adopts a suggested improvement as the organisation's own measure in the action list (planning). */
@Component
class SuggestionHandOver {

    /** Is the action list there to take measures? */
    boolean available() {
        return false;
    }

    /** Creates the measure and answers its id. */
    String adopt(String actorId, String homeAreaCode, String title, String description, String suggestionId) {
        throw new ConflictException("error.continuity.adoptUnavailable");
    }
}
