package fi.turvaverkko.registration;

import fi.turvaverkko.shared.ConflictException;
import org.springframework.stereotype.Component;

/** Turns an approved offer into a resource of the regional registry, through the resources module. */
@Component
class ResourceHandOver {

    boolean available() {
        return false;
    }

    /** Creates the resource and answers its id. */
    String create(ResourceOfferView o) {
        throw new ConflictException("error.request.handOverUnavailable");
    }
}
