package fi.turvaverkko.registration;

import fi.turvaverkko.shared.ConflictException;
import org.springframework.stereotype.Component;

/** Turns an approved proposal into a measure of the action list, through the planning module. */
@Component
class MeasureHandOver {

    boolean available() {
        return false;
    }

    /** Creates the measure and answers its id. */
    String create(MeasureProposalView p) {
        throw new ConflictException("error.request.handOverUnavailable");
    }
}
