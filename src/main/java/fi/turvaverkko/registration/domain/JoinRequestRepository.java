package fi.turvaverkko.registration.domain;

import fi.turvaverkko.registration.JoinRequestView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests to join a group. */
@Repository
public class JoinRequestRepository {

    static final String SELECT = """
            SELECT j.id, j.group_id, j.actor_id, j.role, j.message, j.status, u.username AS requested_by, j.created_at,
                   j.decided_at, j.decided_by, j.reason, j.membership_id, j.version
            FROM registration.join_request j LEFT JOIN identity.app_user u ON u.id = j.requested_by""";

    private final JdbcClient jdbc;

    JoinRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long groupId, long actorId, Long regionId, long userId, String role, String message) {
        return jdbc.sql("""
                        INSERT INTO registration.join_request (group_id, actor_id, region_id, requested_by, role, message)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(groupId, actorId, regionId, userId, role, message)
                .query(Long.class)
                .single();
    }

    public Optional<JoinRequestView> find(long id) {
        return jdbc.sql(SELECT + " WHERE j.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public boolean hasOpen(long groupId, long actorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM registration.join_request"
                        + " WHERE group_id = ? AND actor_id = ? AND status = 'PENDING')")
                .params(groupId, actorId)
                .query(Boolean.class)
                .single();
    }

    /** The user who asked, if they still exist. */
    public Long askerId(long id) {
        return jdbc.sql("SELECT requested_by FROM registration.join_request WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    public boolean decide(long id, String to, String by, String reason, Long membershipId) {
        return jdbc.sql("""
                                UPDATE registration.join_request SET status = ?, decided_at = now(), decided_by = ?,
                                  reason = ?, membership_id = ?, version = version + 1
                                WHERE id = ? AND status = 'PENDING'""").params(to, by, reason, membershipId, id).update() == 1;
    }

    /**
     * The requests a caller may read: those of their own actors, of groups in the regions they
     * coordinate and of the groups they chair.
     */
    public record Scope(Collection<Long> actorIds, Collection<Long> regionIds, Collection<Long> groupIds) {}

    public PageResult<JoinRequestView> list(
            Scope read, Scope narrow, String status, Long actorId, Long groupId, PageParams paging) {
        SqlFilter f = SqlFilter.create()
                .and("(j.actor_id = ANY(:ra) OR j.region_id = ANY(:rr) OR j.group_id = ANY(:rg))")
                .param("ra", read.actorIds().toArray(Long[]::new))
                .param("rr", read.regionIds().toArray(Long[]::new))
                .param("rg", read.groupIds().toArray(Long[]::new));
        if (narrow != null) {
            f.and("(j.actor_id = ANY(:na) OR j.region_id = ANY(:nr) OR j.group_id = ANY(:ng))")
                    .param("na", narrow.actorIds().toArray(Long[]::new))
                    .param("nr", narrow.regionIds().toArray(Long[]::new))
                    .param("ng", narrow.groupIds().toArray(Long[]::new));
        }
        return f.and("j.status = :status", "status", status)
                .and("j.actor_id = :actor", "actor", actorId)
                .and("j.group_id = :group", "group", groupId)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM registration.join_request j",
                        paging,
                        Map.of("createdAt", "j.created_at", "status", "j.status"),
                        "j.created_at DESC, j.id DESC",
                        (rs, n) -> map(rs));
    }

    static JoinRequestView map(ResultSet rs) throws SQLException {
        return new JoinRequestView(
                rs.getString("id"),
                rs.getString("group_id"),
                rs.getString("actor_id"),
                rs.getString("role"),
                rs.getString("message"),
                rs.getString("status"),
                rs.getString("requested_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("reason"),
                rs.getString("membership_id"),
                rs.getLong("version"));
    }
}
