package fi.turvaverkko.registration.domain;

import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.ResourceService;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Turns an approved offer into a resource of the regional registry, through the resources module. */
@Component
class ResourceHandOver {

    private final ResourceService resources;

    ResourceHandOver(ResourceService resources) {
        this.resources = resources;
    }

    /**
     * Creates the resource, owned by the offering organisation, public and without an agreement yet,
     * verified today; answers its id. The registry checks the draft (400 when it refuses it).
     */
    String create(String offerId, ResourceOfferCommand o) {
        return resources
                .createFromOffer(
                        new ResourceDraft(
                                o.typeCode(),
                                o.name(),
                                o.description(),
                                o.actorId(),
                                o.quantity(),
                                o.areaCode(),
                                null,
                                null,
                                o.availability() == null ? "AVAILABLE" : o.availability(),
                                o.activationMinutes(),
                                null,
                                "NONE",
                                "PUBLIC",
                                LocalDate.now()),
                        offerId)
                .id();
    }
}
