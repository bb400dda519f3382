package fi.turvaverkko.registration.domain;

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

/** Registrations and their confirmation tokens. */
@Repository
class RegistrationRepository {

    static final String SELECT = """
            SELECT r.id, r.organisation_name, r.sector, r.business_id, r.home_area_id, a.code AS home_area_code,
                   r.region_id, r.email, r.username, r.language, r.actor_id, r.user_id, r.status, r.created_at,
                   r.confirmed_at, r.decided_at, r.decided_by, r.reject_reason, r.version
            FROM registration.registration r JOIN network.v_area a ON a.id = r.home_area_id""";

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new registration; returns its id. */
    record NewRegistration(
            String organisationName,
            String sector,
            String businessId,
            long homeAreaId,
            Long regionId,
            String email,
            String username,
            String language,
            long actorId,
            long userId,
            String tokenHash,
            OffsetDateTime tokenExpiresAt) {}

    long insert(NewRegistration r) {
        return jdbc.sql("""
                        INSERT INTO registration.registration (organisation_name, sector, business_id, home_area_id,
                          region_id, email, username, language, actor_id, user_id, token_hash, token_expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.organisationName(),
                        r.sector(),
                        r.businessId(),
                        r.homeAreaId(),
                        r.regionId(),
                        r.email(),
                        r.username(),
                        r.language(),
                        r.actorId(),
                        r.userId(),
                        r.tokenHash(),
                        r.tokenExpiresAt())
                .query(Long.class)
                .single();
    }

    Optional<RegistrationView> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The open registration whose unexpired token has this hash. */
    Optional<RegistrationView> findByToken(String tokenHash) {
        return jdbc.sql(SELECT + " WHERE r.token_hash = ? AND r.status = 'RECEIVED' AND r.token_expires_at > now()")
                .param(tokenHash)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** An open registration already uses this e-mail address. */
    boolean openWithEmail(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM registration.registration"
                        + " WHERE lower(email) = lower(?) AND status IN ('RECEIVED', 'CONFIRMED'))")
                .param(email.trim())
                .query(Boolean.class)
                .single();
    }

    /** Confirms the address and spends the token; false when it was already spent. */
    boolean confirm(long id, String tokenHash) {
        return jdbc.sql("""
                                UPDATE registration.registration SET status = 'CONFIRMED', confirmed_at = now(),
                                  token_hash = NULL, token_expires_at = NULL, version = version + 1
                                WHERE id = ? AND token_hash = ? AND status = 'RECEIVED'""").params(id, tokenHash).update() == 1;
    }

    /** Moves an open registration to APPROVED or REJECTED; false when it was no longer in {@code from}. */
    boolean decide(long id, Collection<String> from, String to, String by, String reason) {
        return jdbc.sql("""
                                UPDATE registration.registration SET status = :to, decided_at = now(), decided_by = :by,
                                  reject_reason = :reason, token_hash = NULL, token_expires_at = NULL,
                                  version = version + 1
                                WHERE id = :id AND status = ANY(:from)""")
                        .param("to", to)
                        .param("by", by)
                        .param("reason", reason)
                        .param("id", id)
                        .param("from", from.toArray(String[]::new))
                        .update()
                == 1;
    }

    /** The filters of the list; {@code regionIds} limits it to the regions the caller coordinates. */
    record Filter(Collection<Long> regionIds, String status, Boolean confirmed, String text) {}

    PageResult<RegistrationView> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and("r.region_id = ANY(:regions)", "regions", f.regionIds().toArray(Long[]::new))
                .and("r.status = :status", "status", f.status())
                .and(
                        Boolean.TRUE.equals(f.confirmed())
                                ? "r.confirmed_at IS NOT NULL"
                                : Boolean.FALSE.equals(f.confirmed()) ? "r.confirmed_at IS NULL" : "TRUE")
                .and(
                        "(r.organisation_name ILIKE :text OR r.email ILIKE :text OR r.username ILIKE :text"
                                + " OR r.business_id ILIKE :text)",
                        "text",
                        f.text() == null || f.text().isBlank()
                                ? null
                                : "%" + f.text().trim() + "%")
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM registration.registration r JOIN network.v_area a ON a.id = r.home_area_id",
                        paging,
                        Map.of(
                                "createdAt", "r.created_at",
                                "organisationName", "r.organisation_name",
                                "status", "r.status",
                                "sector", "r.sector"),
                        "r.created_at DESC, r.id DESC",
                        (rs, n) -> map(rs));
    }

    /** Open registrations in these regions, for the coordinator's overview. */
    long countOpen(Collection<Long> regionIds) {
        return jdbc.sql("SELECT count(*) FROM registration.registration WHERE region_id = ANY(?)"
                        + " AND status IN ('RECEIVED', 'CONFIRMED')")
                .param(regionIds.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    static RegistrationView map(ResultSet rs) throws SQLException {
        return new RegistrationView(
                rs.getString("id"),
                rs.getString("organisation_name"),
                rs.getString("sector"),
                rs.getString("business_id"),
                rs.getString("home_area_id"),
                rs.getString("home_area_code"),
                rs.getString("region_id"),
                rs.getString("email"),
                rs.getString("username"),
                rs.getString("language"),
                rs.getString("actor_id"),
                rs.getString("user_id"),
                rs.getString("status"),
                rs.getObject("confirmed_at") != null,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("confirmed_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("reject_reason"),
                rs.getLong("version"));
    }
}
