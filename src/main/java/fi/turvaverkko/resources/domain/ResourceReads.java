package fi.turvaverkko.resources.domain;

import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.RestrictedItemRead;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reports to the audit log what of a resource handed to the caller is restricted (ADR 0024): a
 * restricted resource altogether, its exact place, its 24/7 contact; also when its owner reads it.
 * Every path that hands resources out (the registry, the nearest search, the export) reports here.
 */
@Component
class ResourceReads {

    /** The audit's item type of a resource. */
    static final String ITEM = "RESOURCE";

    private final ApplicationEventPublisher events;

    ResourceReads(ApplicationEventPublisher events) {
        this.events = events;
    }

    ResourceView read(ResourceView v) {
        if ("RESTRICTED".equals(v.confidentiality())) {
            events.publishEvent(new RestrictedItemRead(ITEM, v.id(), "resource"));
        }
        if (Boolean.TRUE.equals(v.locationExact())) {
            events.publishEvent(new RestrictedItemRead(ITEM, v.id(), "location"));
        }
        if (v.contact247() != null) {
            events.publishEvent(new RestrictedItemRead(ITEM, v.id(), "contact247"));
        }
        return v;
    }
}
