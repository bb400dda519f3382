package fi.turvaverkko.platform.attachment;

import fi.turvaverkko.platform.AttachmentAccess;
import fi.turvaverkko.platform.AttachmentInfo;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.RestrictedItems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The audit view of attachments (ADR 0024): an attachment's name and owner are shown only to those
 * who may read its owner; a restricted owner's attachment is then recorded as read.
 */
@Component
class AttachmentAuditRedaction implements RestrictedItems {

    private final AttachmentStore store;
    private final Map<String, AttachmentAccess> access;
    private final ApplicationEventPublisher events;

    AttachmentAuditRedaction(AttachmentStore store, List<AttachmentAccess> policies, ApplicationEventPublisher events) {
        this.store = store;
        this.access = policies.stream().collect(Collectors.toMap(AttachmentAccess::ownerType, Function.identity()));
        this.events = events;
    }

    @Override
    public boolean covers(String itemType) {
        return "ATTACHMENT".equals(itemType);
    }

    @Override
    public Set<String> hiddenFields(String itemType, String itemId, Map<String, Object> changes) {
        String ownerType = changes.get("ownerType") == null ? null : String.valueOf(changes.get("ownerType"));
        String ownerId = changes.get("ownerId") == null ? null : String.valueOf(changes.get("ownerId"));
        if (ownerType == null || ownerId == null) {
            Optional<AttachmentInfo> info = store.find(itemId);
            if (info.isEmpty()) {
                return ALL;
            }
            ownerType = info.get().ownerType();
            ownerId = info.get().ownerId();
        }
        AttachmentAccess policy = access.get(ownerType);
        if (policy == null || !policy.canRead(ownerId)) {
            return ALL;
        }
        if (policy.restricted(ownerId)) {
            events.publishEvent(new RestrictedItemRead(itemType, itemId, "audit"));
        }
        return Set.of();
    }
}
