package fi.turvaverkko.resources;

import fi.turvaverkko.resources.ResourceAccess.Privileges;
import fi.turvaverkko.resources.domain.ResourceRepository;
import fi.turvaverkko.resources.domain.ResourceRepository.Holding;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.RestrictedItems;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The audit view of resources (ADR 0024): a resource's 24/7 contact and exact place are shown only to
 * those who see them in the registry (the owner, the coordinator, authority users during an active
 * disruption), and then recorded as read; a restricted resource's entries only to them altogether.
 * When the resource is gone, its contact and place stay hidden.
 */
@Component
class ResourceAuditRedaction implements RestrictedItems {

    /** The recorded fields that only privileged readers see. */
    static final Set<String> PRIVATE_FIELDS = Set.of("contact247", "lat", "lon", "easting", "northing");

    private final ResourceRepository repository;
    private final ResourceAccess access;
    private final ApplicationEventPublisher events;

    ResourceAuditRedaction(ResourceRepository repository, ResourceAccess access, ApplicationEventPublisher events) {
        this.repository = repository;
        this.access = access;
        this.events = events;
    }

    @Override
    public boolean covers(String itemType) {
        return ResourceService.ITEM.equals(itemType);
    }

    @Override
    public Set<String> hiddenFields(String itemType, String itemId, Map<String, Object> changes) {
        Optional<Holding> h = itemId != null && itemId.matches("[0-9]{1,18}")
                ? repository.holding(Long.parseLong(itemId))
                : Optional.empty();
        if (h.isEmpty()) {
            // gone (or an import of many): a restricted one altogether, any other's contact and place
            return String.valueOf(changes.get("confidentiality")).contains("RESTRICTED") ? ALL : PRIVATE_FIELDS;
        }
        Privileges p = access.privileges();
        if (!p.seesAll(h.get().ownerActorId(), h.get().regionId())) {
            return "RESTRICTED".equals(h.get().confidentiality()) ? ALL : PRIVATE_FIELDS;
        }
        if (changes.keySet().stream().anyMatch(PRIVATE_FIELDS::contains)
                || "RESTRICTED".equals(h.get().confidentiality())) {
            // the log shows this user what only privileged readers see: that is a read like any other
            events.publishEvent(new RestrictedItemRead(itemType, itemId, "audit"));
        }
        return Set.of();
    }
}
