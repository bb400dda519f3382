package fi.turvaverkko.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** One entry of the audit log. */
public record AuditEntry(
        String id,
        OffsetDateTime at,
        String username,
        List<String> actorIds,
        String onBehalfOf,
        String itemType,
        String itemId,
        String action,
        String changes,
        String channel,
        String remoteAddr) {}
