package fi.turvaverkko.identity.domain;

import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created and revoked by their owner, shown once, kept as a SHA-256 hash. A
 * token's principal is remembered for a few seconds so that a busy client costs one lookup per
 * interval rather than one per call; a revoked token stops working at once on this node and within
 * {@link #REMEMBER} on the others.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "tvk_";
    static final Duration REMEMBER = Duration.ofSeconds(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final PrincipalFactory principals;
    private final ApplicationEventPublisher events;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(UserPrincipal principal, long tokenId, long atNanos) {}

    /** A token just created: the only time its secret is shown. */
    public record CreatedToken(ApiTokenView token, String secret) {}

    ApiTokens(JdbcClient jdbc, UserRepository users, PrincipalFactory principals, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.principals = principals;
        this.events = events;
    }

    @Transactional
    public CreatedToken create(long userId, String name, Integer validDays) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "validation.notBlank");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("name", "validation.size", 100, 1);
        }
        if (validDays != null && (validDays < 1 || validDays > 730)) {
            throw new InvalidInputException("validDays", "error.token.validDays");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = validDays == null ? null : OffsetDateTime.now().plusDays(validDays);
        long id = jdbc.sql("""
                        INSERT INTO identity.api_token (user_id, name, token_hash, token_prefix, expires_at)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(userId, name.trim(), hash(secret), secret.substring(0, 10), expires)
                .query(Long.class)
                .single();
        events.publishEvent(ItemChanged.action("API_TOKEN", id, "CREATE", Map.of("name", name.trim())));
        return new CreatedToken(find(userId, id).orElseThrow(), secret);
    }

    public List<ApiTokenView> list(long userId) {
        return jdbc.sql("""
                        SELECT id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
                        FROM identity.api_token WHERE user_id = ? ORDER BY revoked_at NULLS FIRST, id DESC""").param(userId).query((rs, n) -> view(rs)).list();
    }

    private Optional<ApiTokenView> find(long userId, long id) {
        return jdbc.sql("""
                        SELECT id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
                        FROM identity.api_token WHERE user_id = ? AND id = ?""").params(userId, id).query((rs, n) -> view(rs)).optional();
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int n = jdbc.sql("UPDATE identity.api_token SET revoked_at = now() WHERE id = ? AND user_id = ?"
                        + " AND revoked_at IS NULL")
                .params(tokenId, userId)
                .update();
        if (n == 0 && find(userId, tokenId).isEmpty()) {
            throw new NotFoundException();
        }
        recent.values().removeIf(r -> r.tokenId() == tokenId);
        events.publishEvent(ItemChanged.action("API_TOKEN", tokenId, "REVOKE", Map.of()));
    }

    /** The principal of a valid token, or empty for an unknown, revoked or expired one. */
    public Optional<UserPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Remembered r = recent.get(hash);
        long now = System.nanoTime();
        if (r != null && now - r.atNanos() < REMEMBER.toNanos()) {
            return Optional.of(r.principal());
        }
        Optional<long[]> row = jdbc.sql("""
                        UPDATE identity.api_token SET last_used_at = now()
                        WHERE token_hash = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
                        RETURNING id, user_id""")
                .param(hash)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (row.isEmpty()) {
            recent.remove(hash);
            return Optional.empty();
        }
        var user = users.find(row.get()[1]).filter(u -> "ACTIVE".equals(u.status()));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        UserPrincipal principal = new UserPrincipal(principals.currentUser(user.get()), null, true);
        if (recent.size() > 10_000) {
            recent.clear();
        }
        recent.put(hash, new Remembered(principal, row.get()[0], now));
        return Optional.of(principal);
    }

    /** Forgets remembered principals of a user whose rights changed. */
    public void forget(String username) {
        recent.values().removeIf(r -> r.principal().getUsername().equalsIgnoreCase(username));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiTokenView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ApiTokenView(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class));
    }
}
