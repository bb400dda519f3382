package fi.turvaverkko.identity.domain;

import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, the actors they act for, and their password hashes. */
@Repository
class UserRepository {

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.roles, u.status, u.preferred_language,
                   u.created_at, u.version,
                   ARRAY(SELECT ua.actor_id FROM identity.user_actor ua WHERE ua.user_id = u.id ORDER BY ua.actor_id)
                     AS actor_ids
            FROM identity.app_user u""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What login needs: the view, and the hash to check the password against. */
    public record Credentials(UserView user, String passwordHash) {}

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql(SELECT.replace("u.version,", "u.version, u.password_hash,")
                        + " WHERE lower(u.username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash")))
                .optional();
    }

    public Optional<UserView> find(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM identity.app_user WHERE lower(username) = lower(?)")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public PageResult<UserView> list(String text, String role, String status, Long actorId, PageParams paging) {
        SqlFilter f = SqlFilter.create()
                .and(
                        "(u.username ILIKE :text OR u.display_name ILIKE :text OR u.email ILIKE :text)",
                        "text",
                        text == null || text.isBlank() ? null : "%" + text.trim() + "%")
                .and(":role = ANY(u.roles)", "role", role)
                .and("u.status = :status", "status", status)
                .and(
                        "EXISTS (SELECT 1 FROM identity.user_actor x WHERE x.user_id = u.id AND x.actor_id = :actor)",
                        "actor",
                        actorId);
        return f.page(
                jdbc,
                SELECT,
                "SELECT count(*) FROM identity.app_user u",
                paging,
                Map.of(
                        "username", "u.username",
                        "displayName", "u.display_name",
                        "createdAt", "u.created_at",
                        "status", "u.status"),
                "u.username",
                (rs, n) -> map(rs));
    }

    public long insert(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Collection<String> roles,
            String status,
            Collection<Long> actorIds) {
        long id = jdbc.sql("""
                        INSERT INTO identity.app_user (username, display_name, email, password_hash, roles, status)
                        VALUES (?, ?, ?, ?, ?::text[], ?) RETURNING id""")
                .params(username, displayName, email, passwordHash, pgArray(roles), status)
                .query(Long.class)
                .single();
        setActors(id, actorIds);
        return id;
    }

    /** Updates the user when its version is still {@code version}; false when someone was first. */
    public boolean update(
            long id,
            long version,
            String displayName,
            String email,
            Collection<String> roles,
            String status,
            Collection<Long> actorIds) {
        int n = jdbc.sql("""
                        UPDATE identity.app_user SET display_name = ?, email = ?, roles = ?::text[], status = ?,
                          updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(displayName, email, pgArray(roles), status, id, version)
                .update();
        if (n == 1) {
            setActors(id, actorIds);
        }
        return n == 1;
    }

    public void setStatus(long id, String status) {
        jdbc.sql("UPDATE identity.app_user SET status = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(status, id)
                .update();
    }

    public void setPassword(long id, String hash) {
        jdbc.sql("UPDATE identity.app_user SET password_hash = ?, updated_at = now() WHERE id = ?")
                .params(hash, id)
                .update();
    }

    public void setActors(long id, Collection<Long> actorIds) {
        jdbc.sql("DELETE FROM identity.user_actor WHERE user_id = ?").param(id).update();
        for (Long a : actorIds) {
            jdbc.sql("INSERT INTO identity.user_actor (user_id, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, a)
                    .update();
        }
    }

    public void removeActor(long actorId) {
        jdbc.sql("DELETE FROM identity.user_actor WHERE actor_id = ?")
                .param(actorId)
                .update();
    }

    /** The active users of each actor, by actor, in one query. */
    public Map<Long, List<UserView>> usersOfActors(Collection<Long> actorIds) {
        Map<Long, List<UserView>> byActor = new LinkedHashMap<>();
        jdbc.sql(SELECT.replace("FROM identity.app_user u", ", x.actor_id AS of_actor FROM identity.app_user u")
                        + " JOIN identity.user_actor x ON x.user_id = u.id"
                        + " WHERE u.status = 'ACTIVE' AND x.actor_id = ANY(:actors) ORDER BY x.actor_id, u.username")
                .param("actors", actorIds.toArray(Long[]::new))
                .query(rs -> {
                    byActor.computeIfAbsent(rs.getLong("of_actor"), a -> new ArrayList<>())
                            .add(map(rs));
                });
        return byActor;
    }

    /** The usernames of these users, by id: one query for them all. */
    public Map<Long, String> usernames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, username FROM identity.app_user WHERE id = ANY(?)")
                    .param(ids.toArray(Long[]::new))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    private static String pgArray(Collection<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    static UserView map(ResultSet rs) throws SQLException {
        return new UserView(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                strings(rs.getArray("roles")),
                rs.getString("status"),
                strings(rs.getArray("actor_ids")),
                rs.getString("preferred_language"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
