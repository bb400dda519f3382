package fi.turvaverkko.registration.domain;

import fi.turvaverkko.registration.MeasureProposalView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proposals of measures for the action list. */
@Repository
public class ProposalRepository {

    static final String SELECT = """
            SELECT p.id, p.actor_id, p.title, p.description, p.area_codes, p.themes, p.target_groups, p.emphasis,
                   p.start_date, p.end_date, p.status, u.username AS requested_by, p.created_at, p.decided_at,
                   p.decided_by, p.reason, p.measure_id, p.version
            FROM registration.measure_proposal p LEFT JOIN identity.app_user u ON u.id = p.requested_by""";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(MeasureProposalView p, long actorId, Long regionId, long userId) {
        return jdbc.sql("""
                        INSERT INTO registration.measure_proposal (actor_id, region_id, requested_by, title, description,
                          area_codes, themes, target_groups, emphasis, start_date, end_date)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        actorId,
                        regionId,
                        userId,
                        p.title(),
                        p.description(),
                        p.areaCodes().toArray(String[]::new),
                        p.themes().toArray(String[]::new),
                        p.targetGroups().toArray(String[]::new),
                        p.emphasis(),
                        p.startDate(),
                        p.endDate())
                .query(Long.class)
                .single();
    }

    public Optional<MeasureProposalView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The region the proposal is answered in. */
    public Optional<Long> regionOf(long id) {
        return jdbc.sql("SELECT region_id FROM registration.measure_proposal WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    public Long askerId(long id) {
        return jdbc.sql("SELECT requested_by FROM registration.measure_proposal WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    public boolean decide(long id, String to, String by, String reason, String measureId) {
        return jdbc.sql("""
                                UPDATE registration.measure_proposal SET status = ?, decided_at = now(), decided_by = ?,
                                  reason = ?, measure_id = ?, version = version + 1
                                WHERE id = ? AND status = 'PENDING'""").params(to, by, reason, measureId, id).update() == 1;
    }

    public PageResult<MeasureProposalView> list(
            Collection<Long> actorIds, Collection<Long> regionIds, String status, Long actorId, PageParams paging) {
        return SqlFilter.create()
                .and("(p.actor_id = ANY(:actors) OR p.region_id = ANY(:regions))")
                .param("actors", actorIds.toArray(Long[]::new))
                .param("regions", regionIds.toArray(Long[]::new))
                .and("p.status = :status", "status", status)
                .and("p.actor_id = :actor", "actor", actorId)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM registration.measure_proposal p",
                        paging,
                        Map.of("createdAt", "p.created_at", "status", "p.status", "title", "p.title"),
                        "p.created_at DESC, p.id DESC",
                        (rs, n) -> map(rs));
    }

    static MeasureProposalView map(ResultSet rs) throws SQLException {
        Date start = rs.getDate("start_date");
        Date end = rs.getDate("end_date");
        return new MeasureProposalView(
                rs.getString("id"),
                rs.getString("actor_id"),
                rs.getString("title"),
                rs.getString("description"),
                strings(rs.getArray("area_codes")),
                strings(rs.getArray("themes")),
                strings(rs.getArray("target_groups")),
                rs.getString("emphasis"),
                start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(),
                rs.getString("status"),
                rs.getString("requested_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("reason"),
                rs.getString("measure_id"),
                rs.getLong("version"));
    }

    static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
