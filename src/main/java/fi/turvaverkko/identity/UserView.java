package fi.turvaverkko.identity;

import java.time.OffsetDateTime;
import java.util.List;

/** A user as the admin pages and other modules see it; never with the password hash. */
public record UserView(
        String id,
        String username,
        String displayName,
        String email,
        List<String> roles,
        String status,
        List<String> actorIds,
        String preferredLanguage,
        OffsetDateTime createdAt,
        long version) {}
