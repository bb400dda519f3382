package fi.turvaverkko.identity.domain;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: never the token itself, only its first characters. */
public record ApiTokenView(
        String id,
        String name,
        String prefix,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(OffsetDateTime.now()));
    }
}
