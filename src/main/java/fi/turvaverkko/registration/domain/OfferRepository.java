package fi.turvaverkko.registration.domain;

import fi.turvaverkko.registration.ResourceOfferView;
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

/** Offers of resources to the regional registry. */
@Repository
public class OfferRepository {

    static final String SELECT = """
            SELECT o.id, o.actor_id, o.resource_type_code, o.name, o.description, o.quantity, o.area_code,
                   o.availability, o.activation_minutes, o.status, u.username AS requested_by, o.created_at,
                   o.decided_at, o.decided_by, o.reason, o.resource_id, o.version
            FROM registration.resource_offer o LEFT JOIN identity.app_user u ON u.id = o.requested_by""";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ResourceOfferView o, long actorId, Long regionId, long userId) {
        return jdbc.sql("""
                        INSERT INTO registration.resource_offer (actor_id, region_id, requested_by, name,
                          resource_type_code, quantity, area_code, description, availability, activation_minutes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        actorId,
                        regionId,
                        userId,
                        o.name(),
                        o.typeCode(),
                        o.quantity(),
                        o.areaCode(),
                        o.description(),
                        o.availability(),
                        o.activationMinutes())
                .query(Long.class)
                .single();
    }

    public Optional<ResourceOfferView> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<Long> regionOf(long id) {
        return jdbc.sql("SELECT region_id FROM registration.resource_offer WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    public Long askerId(long id) {
        return jdbc.sql("SELECT requested_by FROM registration.resource_offer WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    public boolean decide(long id, String to, String by, String reason, String resourceId) {
        return jdbc.sql("""
                                UPDATE registration.resource_offer SET status = ?, decided_at = now(), decided_by = ?,
                                  reason = ?, resource_id = ?, version = version + 1
                                WHERE id = ? AND status = 'PENDING'""").params(to, by, reason, resourceId, id).update() == 1;
    }

    public PageResult<ResourceOfferView> list(
            Collection<Long> actorIds, Collection<Long> regionIds, String status, Long actorId, PageParams paging) {
        return SqlFilter.create()
                .and("(o.actor_id = ANY(:actors) OR o.region_id = ANY(:regions))")
                .param("actors", actorIds.toArray(Long[]::new))
                .param("regions", regionIds.toArray(Long[]::new))
                .and("o.status = :status", "status", status)
                .and("o.actor_id = :actor", "actor", actorId)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM registration.resource_offer o",
                        paging,
                        Map.of("createdAt", "o.created_at", "status", "o.status", "name", "o.name"),
                        "o.created_at DESC, o.id DESC",
                        (rs, n) -> map(rs));
    }

    static ResourceOfferView map(ResultSet rs) throws SQLException {
        return new ResourceOfferView(
                rs.getString("id"),
                rs.getString("actor_id"),
                rs.getString("resource_type_code"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("quantity"),
                rs.getString("area_code"),
                rs.getString("availability"),
                (Integer) rs.getObject("activation_minutes"),
                rs.getString("status"),
                rs.getString("requested_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("reason"),
                rs.getString("resource_id"),
                rs.getLong("version"));
    }
}
