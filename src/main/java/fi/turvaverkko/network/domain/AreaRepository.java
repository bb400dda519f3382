package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Areas in {@code network.area}: every read is one query on the primary key, the code or the path index. */
@Repository
class AreaRepository {

    static final String SELECT = """
            SELECT a.id, a.type, a.code, a.parent_id, p.code AS parent_code, a.region_id, a.path, a.name_fi, a.name_sv,
                   a.name_se, a.name_en, a.lat, a.lon, a.population, a.lead_actor_id, a.version
            FROM network.area a LEFT JOIN network.area p ON p.id = a.parent_id""";

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An area with the path the repository keeps for it. */
    record AreaRow(AreaView view, String path) {

        long id() {
            return Long.parseLong(view.id());
        }
    }

    List<AreaRow> all() {
        return rows(" ORDER BY a.path");
    }

    Optional<AreaRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    Optional<AreaRow> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE a.code = ?")
                .param(code)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<AreaRow> findAll(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : jdbc.sql(SELECT + " WHERE a.id = ANY(?)")
                        .param(ids.toArray(Long[]::new))
                        .query((rs, n) -> row(rs))
                        .list();
    }

    List<AreaRow> ofType(String type) {
        return jdbc.sql(SELECT + " WHERE a.type = ?")
                .param(type)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<AreaRow> children(long parentId) {
        return jdbc.sql(SELECT + " WHERE a.parent_id = ?")
                .param(parentId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The areas whose path starts with this one (the area itself included), of one type or of all. */
    List<AreaRow> within(String path, String type) {
        return jdbc.sql(SELECT + " WHERE a.path LIKE :path AND (CAST(:type AS text) IS NULL OR a.type = :type)")
                .param("path", path + "%")
                .param("type", type)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The regions whose lead actor is one of these. */
    List<AreaRow> ledBy(Collection<Long> actorIds) {
        return actorIds.isEmpty()
                ? List.of()
                : jdbc.sql(SELECT + " WHERE a.lead_actor_id = ANY(?)")
                        .param(actorIds.toArray(Long[]::new))
                        .query((rs, n) -> row(rs))
                        .list();
    }

    private List<AreaRow> rows(String tail) {
        return jdbc.sql(SELECT + tail).query((rs, n) -> row(rs)).list();
    }

    PageResult<AreaView> list(String type, String withinPath, String text, PageParams paging) {
        return SqlFilter.create()
                .and("a.type = :type", "type", type)
                .and(
                        "a.path LIKE :within AND a.path <> :withinExact",
                        "within",
                        withinPath == null ? null : withinPath + "%")
                .param("withinExact", withinPath)
                .and(
                        "(a.name_fi ILIKE :text OR a.name_sv ILIKE :text OR a.code = :code)",
                        "text",
                        text == null || text.isBlank() ? null : "%" + text.trim() + "%")
                .param("code", text == null ? "" : text.trim())
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM network.area a",
                        paging,
                        Map.of("name", "a.name_fi", "code", "a.code", "type", "a.type", "population", "a.population"),
                        "a.path",
                        (rs, n) -> row(rs).view());
    }

    long insert(AreaView a, Long parentId, Long regionId, String path, String borderJson) {
        long id = jdbc.sql("""
                        INSERT INTO network.area (type, code, parent_id, region_id, path, name_fi, name_sv, name_se,
                          name_en, lat, lon, population, border, lead_actor_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")
                .params(
                        a.type(),
                        a.code(),
                        parentId,
                        regionId,
                        path,
                        a.name(),
                        a.nameSv(),
                        a.nameSe(),
                        a.nameEn(),
                        a.lat(),
                        a.lon(),
                        a.population(),
                        borderJson,
                        a.leadActorId() == null ? null : Long.valueOf(a.leadActorId()))
                .query(Long.class)
                .single();
        if (regionId == null && "REGION".equals(a.type())) {
            jdbc.sql("UPDATE network.area SET region_id = id WHERE id = ?")
                    .param(id)
                    .update();
        }
        return id;
    }

    boolean update(long id, long version, AreaCommand a) {
        return jdbc.sql("""
                        UPDATE network.area SET name_fi = ?, name_sv = ?, name_se = ?, name_en = ?, lat = ?, lon = ?,
                          population = ?, lead_actor_id = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                a.name(),
                                a.nameSv(),
                                a.nameSe(),
                                a.nameEn(),
                                a.lat(),
                                a.lon(),
                                a.population(),
                                a.leadActorId() == null ? null : Long.valueOf(a.leadActorId()),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** Names the region's lead actor, for demo and test data. */
    void setLeadActor(long areaId, long actorId) {
        jdbc.sql("UPDATE network.area SET lead_actor_id = ? WHERE id = ?")
                .params(actorId, areaId)
                .update();
    }

    boolean actorExists(long actorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM network.actor WHERE id = ?)")
                .param(actorId)
                .query(Boolean.class)
                .single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM network.area WHERE id = ?").param(id).update();
    }

    boolean hasChildren(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM network.area WHERE parent_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    Optional<String> border(long id) {
        return jdbc.sql("SELECT border::text FROM network.area WHERE id = ? AND border IS NOT NULL")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Borders of the municipalities within a path (a region or a sub-region), with their paths. */
    List<AreaService.Border> municipalityBordersWithin(String path) {
        return jdbc.sql("SELECT id, path, border::text FROM network.area"
                        + " WHERE type = 'MUNICIPALITY' AND path LIKE ? AND border IS NOT NULL")
                .param(path + "%")
                .query((rs, n) -> new AreaService.Border(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    static AreaRow row(ResultSet rs) throws SQLException {
        return new AreaRow(
                new AreaView(
                        rs.getString("id"),
                        rs.getString("type"),
                        rs.getString("code"),
                        rs.getString("parent_id"),
                        rs.getString("parent_code"),
                        rs.getString("region_id"),
                        rs.getString("name_fi"),
                        rs.getString("name_sv"),
                        rs.getString("name_se"),
                        rs.getString("name_en"),
                        (Double) rs.getObject("lat"),
                        (Double) rs.getObject("lon"),
                        (Integer) rs.getObject("population"),
                        rs.getString("lead_actor_id"),
                        rs.getLong("version")),
                rs.getString("path"));
    }
}
