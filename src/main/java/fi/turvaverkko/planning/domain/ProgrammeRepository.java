package fi.turvaverkko.planning.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes and plans. */
@Repository
public class ProgrammeRepository {

    static final String SELECT = "SELECT p.* FROM planning.programme p";

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name",
            "kind", "p.kind",
            "periodStart", "p.period_start",
            "status", "p.status");

    private final JdbcClient jdbc;
    private final Areas areas;

    ProgrammeRepository(JdbcClient jdbc, Areas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    /**
     * The filters of the programme list; {@code areaIds} are the areas within the asked area,
     * {@code hidden} the restricted programmes the caller may not read.
     */
    public record Filter(
            String text,
            String kind,
            Collection<Long> areaIds,
            String status,
            String confidentiality,
            Long ownerActorId,
            Collection<Long> hidden) {}

    public PageResult<ProgrammeView> list(Filter f, PageParams paging) {
        return filter(f)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM planning.programme p",
                        paging,
                        SORTABLE,
                        "p.period_start DESC NULLS LAST, p.name, p.id",
                        (rs, n) -> map(rs, areas));
    }

    private static SqlFilter filter(Filter f) {
        return SqlFilter.create()
                .and(
                        "(p.name ILIKE :text OR p.name_sv ILIKE :text OR p.name_en ILIKE :text)",
                        "text",
                        f.text() == null || f.text().isBlank()
                                ? null
                                : "%" + f.text().trim() + "%")
                .and("p.kind = :kind", "kind", f.kind())
                .and(
                        "p.area_id = ANY(:areas)",
                        "areas",
                        f.areaIds() == null ? null : f.areaIds().toArray(Long[]::new))
                .and("p.status = :status", "status", f.status())
                .and("p.confidentiality = :conf", "conf", f.confidentiality())
                .and("p.owner_actor_id = :owner", "owner", f.ownerActorId())
                .and(
                        "p.id <> ALL(:hidden)",
                        "hidden",
                        f.hidden() == null || f.hidden().isEmpty()
                                ? null
                                : f.hidden().toArray(Long[]::new));
    }

    /** Every programme the filter lets through, for pickers and matrices (at most {@code limit}). */
    public List<ProgrammeView> all(Filter f, int limit) {
        SqlFilter s = filter(f);
        return jdbc.sql(SELECT + s.where() + " ORDER BY p.period_start DESC NULLS LAST, p.name, p.id LIMIT :_limit")
                .params(s.params())
                .param("_limit", limit)
                .query((rs, n) -> map(rs, areas))
                .list();
    }

    public Optional<ProgrammeView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?")
                .param(id)
                .query((rs, n) -> map(rs, areas))
                .optional();
    }

    public List<ProgrammeView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE p.id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> map(rs, areas))
                .list();
    }

    /** The owners and areas of the restricted programmes, to decide who may read them. */
    public record Restricted(long id, long areaId, Long ownerActorId, Long ownerGroupId) {}

    public List<Restricted> restricted() {
        return jdbc.sql(
                        "SELECT id, area_id, owner_actor_id, owner_group_id FROM planning.programme WHERE confidentiality = 'RESTRICTED'")
                .query((rs, n) -> new Restricted(
                        rs.getLong("id"), rs.getLong("area_id"), (Long) rs.getObject("owner_actor_id"), (Long)
                                rs.getObject("owner_group_id")))
                .list();
    }

    public long insert(ProgrammeView p, long areaId) {
        return jdbc.sql("""
                        INSERT INTO planning.programme (kind, name, name_sv, name_en, description, owner_actor_id,
                          owner_group_id, area_id, period_start, period_end, decision_reference, decision_date,
                          confidentiality, legal_basis, secrecy_ends_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        p.kind(),
                        p.name(),
                        p.nameSv(),
                        p.nameEn(),
                        p.description(),
                        id(p.ownerActorId()),
                        id(p.ownerGroupId()),
                        areaId,
                        p.periodStart(),
                        p.periodEnd(),
                        p.decisionReference(),
                        p.decisionDate(),
                        p.confidentiality(),
                        p.legalBasis(),
                        p.secrecyEndsOn())
                .query(Long.class)
                .single();
    }

    public boolean update(long id, long version, ProgrammeView p, long areaId) {
        return jdbc.sql("""
                        UPDATE planning.programme SET kind = ?, name = ?, name_sv = ?, name_en = ?, description = ?,
                          owner_actor_id = ?, owner_group_id = ?, area_id = ?, period_start = ?, period_end = ?,
                          decision_reference = ?, decision_date = ?, confidentiality = ?, legal_basis = ?,
                          secrecy_ends_on = ?, updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                p.kind(),
                                p.name(),
                                p.nameSv(),
                                p.nameEn(),
                                p.description(),
                                id(p.ownerActorId()),
                                id(p.ownerGroupId()),
                                areaId,
                                p.periodStart(),
                                p.periodEnd(),
                                p.decisionReference(),
                                p.decisionDate(),
                                p.confidentiality(),
                                p.legalBasis(),
                                p.secrecyEndsOn(),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** Moves the programme on; approval records who, when and the decision. */
    public boolean transition(
            long id, String from, String to, String by, String decisionReference, java.time.LocalDate decisionDate) {
        if ("APPROVED".equals(to)) {
            return jdbc.sql("""
                            UPDATE planning.programme SET status = ?, approved_at = ?, approved_by = ?,
                              decision_reference = ?, decision_date = ?, updated_at = now(), version = version + 1
                            WHERE id = ? AND status = ?""")
                            .params(to, OffsetDateTime.now(), by, decisionReference, decisionDate, id, from)
                            .update()
                    == 1;
        }
        return jdbc.sql(
                                "UPDATE planning.programme SET status = ?, updated_at = now(), version = version + 1 WHERE id = ? AND status = ?")
                        .params(to, id, from)
                        .update()
                == 1;
    }

    /** Loads a programme as it was decided, for demo and bench data. */
    public void markApproved(long id, OffsetDateTime at, String by, String status) {
        jdbc.sql("UPDATE planning.programme SET status = ?, approved_at = ?, approved_by = ? WHERE id = ?")
                .params(status, at, by, id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM planning.programme WHERE id = ?").param(id).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM planning.programme")
                .query(Long.class)
                .single();
    }

    /** How many goals and measures a programme has. */
    public long[] sizes(long id) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM planning.goal g WHERE g.programme_id = :id),
                               (SELECT count(*) FROM planning.measure m WHERE m.programme_id = :id)""")
                .param("id", id)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    static Long id(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s);
    }

    static ProgrammeView map(ResultSet rs, Areas areas) throws SQLException {
        long areaId = rs.getLong("area_id");
        return new ProgrammeView(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("name"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getString("owner_actor_id"),
                rs.getString("owner_group_id"),
                String.valueOf(areaId),
                areas.find(areaId).map(AreaView::code).orElse(null),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getString("status"),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getString("decision_reference"),
                rs.getObject("decision_date", java.time.LocalDate.class),
                rs.getString("confidentiality"),
                rs.getString("legal_basis"),
                rs.getObject("secrecy_ends_on", java.time.LocalDate.class),
                rs.getLong("version"));
    }

    /**
     * The programmes an item of planning belongs to (a link, to two), for the audit view; empty when the
     * item is gone or unknown.
     */
    public List<Long> programmesOf(String itemType, long id) {
        String sql = switch (itemType) {
            case "PROGRAMME" -> "SELECT id FROM planning.programme WHERE id = :id";
            case "GOAL" -> "SELECT programme_id FROM planning.goal WHERE id = :id";
            case "MEASURE" -> "SELECT programme_id FROM planning.measure WHERE id = :id";
            case "WELLBEING_REPORT" -> "SELECT programme_id FROM planning.wellbeing_report WHERE id = :id";
            case "PROGRESS_UPDATE" -> """
                    SELECT m.programme_id FROM planning.progress_update u
                      JOIN planning.measure m ON m.id = u.measure_id WHERE u.id = :id""";
            case "GOAL_LINK" -> """
                    SELECT g.programme_id FROM planning.goal_link l
                      JOIN planning.goal g ON g.id IN (l.from_goal_id, l.to_goal_id) WHERE l.id = :id""";
            default -> null;
        };
        return sql == null
                ? List.of()
                : jdbc.sql(sql).param("id", id).query(Long.class).list();
    }
}
