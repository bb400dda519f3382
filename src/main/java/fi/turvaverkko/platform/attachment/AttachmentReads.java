package fi.turvaverkko.platform.attachment;

import fi.turvaverkko.platform.AttachmentAccess;
import fi.turvaverkko.platform.AttachmentInfo;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reports the attachments of restricted owners (a secret plan's files) handed to the caller, for the
 * audit log (ADR 0024): the page's list, the API's list and item, and the download.
 */
@Component
public class AttachmentReads {

    private final Map<String, AttachmentAccess> access;
    private final ApplicationEventPublisher events;

    AttachmentReads(List<AttachmentAccess> policies, ApplicationEventPublisher events) {
        this.access = policies.stream().collect(Collectors.toMap(AttachmentAccess::ownerType, Function.identity()));
        this.events = events;
    }

    /** The attachments, after the caller's right to read their owner has been checked. */
    public <C extends Collection<AttachmentInfo>> C read(C attachments) {
        for (AttachmentInfo a : attachments) {
            AttachmentAccess policy = access.get(a.ownerType());
            if (policy != null && policy.restricted(a.ownerId())) {
                events.publishEvent(new RestrictedItemRead("ATTACHMENT", a.id(), "attachment"));
            }
        }
        return attachments;
    }
}
