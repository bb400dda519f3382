package fi.turvaverkko.risks.domain;

import fi.turvaverkko.risks.RiskScenarioView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Risk scenarios with their areas, themes, impacts, mitigating measures and needed resource types.
 * Every read takes the caller's visibility: restricted scenarios appear only when the caller reads
 * them, so that lists and counts never reveal them.
 */
@Repository
class RiskScenarioRepository {

    static final String SELECT = """
            SELECT s.id, s.region_id, s.scale_id, s.title, s.title_sv, s.title_en, s.description, s.description_sv,
                   s.category, s.owner_actor_id, s.review_date, s.likelihood, s.mean_impact, s.score, s.reliability,
                   s.residual_likelihood, s.residual_impact, s.residual_score, s.restricted, s.version,
                   (SELECT r.code FROM network.v_area r WHERE r.id = s.region_id) AS region_code,
                   ARRAY(SELECT a.area_id FROM risks.scenario_area a WHERE a.scenario_id = s.id ORDER BY a.area_id)
                     AS area_ids,
                   ARRAY(SELECT v.code FROM risks.scenario_area a JOIN network.v_area v ON v.id = a.area_id
                          WHERE a.scenario_id = s.id ORDER BY a.area_id) AS area_codes,
                   ARRAY(SELECT t.theme FROM risks.scenario_theme t WHERE t.scenario_id = s.id ORDER BY t.theme)
                     AS themes,
                   ARRAY(SELECT m.measure_id FROM risks.scenario_measure m WHERE m.scenario_id = s.id
                          ORDER BY m.measure_id) AS measure_ids,
                   ARRAY(SELECT r.resource_type FROM risks.scenario_resource_type r WHERE r.scenario_id = s.id
                          ORDER BY r.resource_type) AS resource_types,
                   ARRAY(SELECT i.dimension_code FROM risks.scenario_impact i
                          LEFT JOIN risks.scale_dimension d
                            ON d.scale_id = s.scale_id AND d.kind = 'IMPACT' AND d.code = i.dimension_code
                          WHERE i.scenario_id = s.id ORDER BY d.position, d.id, i.dimension_code) AS impact_codes,
                   ARRAY(SELECT i.level FROM risks.scenario_impact i
                          LEFT JOIN risks.scale_dimension d
                            ON d.scale_id = s.scale_id AND d.kind = 'IMPACT' AND d.code = i.dimension_code
                          WHERE i.scenario_id = s.id ORDER BY d.position, d.id, i.dimension_code) AS impact_levels
            FROM risks.scenario s""";

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "s.title",
            "score", "s.score",
            "residualScore", "s.residual_score",
            "likelihood", "s.likelihood",
            "reviewDate", "s.review_date",
            "category", "s.category");

    private final JdbcClient jdbc;

    RiskScenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who is asking: whether they read every restricted scenario (authority users), and the regions
     * whose restricted scenarios they read anyway (their coordinator's).
     */
    public record Visibility(boolean allRestricted, Collection<Long> restrictedRegions) {}

    /** The filters of the scenario list and of the matrix. */
    public record Filter(
            Long regionId,
            Collection<Long> areaIds,
            String category,
            String theme,
            String text,
            Integer likelihood,
            Integer impact,
            boolean residual,
            BigDecimal minScore,
            Boolean reviewOverdue,
            Long ownerActorId,
            Long measureId,
            String resourceType) {}

    private static SqlFilter where(Filter f, Visibility v) {
        SqlFilter sql = SqlFilter.create();
        if (!v.allRestricted()) {
            sql.and("(NOT s.restricted OR s.region_id = ANY(:restrictedRegions))")
                    .param("restrictedRegions", v.restrictedRegions().toArray(Long[]::new));
        }
        sql.and("s.region_id = :region", "region", f.regionId())
                .and(
                        "EXISTS (SELECT 1 FROM risks.scenario_area a WHERE a.scenario_id = s.id AND a.area_id = ANY(:areas))",
                        "areas",
                        f.areaIds() == null || f.areaIds().isEmpty()
                                ? null
                                : f.areaIds().toArray(Long[]::new))
                .and("s.category = :category", "category", f.category())
                .and(
                        "EXISTS (SELECT 1 FROM risks.scenario_theme t WHERE t.scenario_id = s.id AND t.theme = :theme)",
                        "theme",
                        f.theme())
                .and(
                        "(s.title ILIKE :text OR s.title_sv ILIKE :text OR s.description ILIKE :text)",
                        "text",
                        SqlFilter.contains(f.text()))
                .and(
                        f.residual() ? "s.residual_likelihood = :likelihood" : "s.likelihood = :likelihood",
                        "likelihood",
                        f.likelihood())
                .and(
                        f.residual() ? "s.residual_impact = :impact" : "round(s.mean_impact) = :impact",
                        "impact",
                        f.impact())
                .and("s.score >= :minScore", "minScore", f.minScore())
                .and("s.owner_actor_id = :owner", "owner", f.ownerActorId())
                .and(
                        "EXISTS (SELECT 1 FROM risks.scenario_measure m WHERE m.scenario_id = s.id AND m.measure_id = :measure)",
                        "measure",
                        f.measureId())
                .and(
                        "EXISTS (SELECT 1 FROM risks.scenario_resource_type r WHERE r.scenario_id = s.id"
                                + " AND r.resource_type = :resourceType)",
                        "resourceType",
                        f.resourceType());
        if (Boolean.TRUE.equals(f.reviewOverdue())) {
            sql.and("s.review_date < current_date");
        } else if (Boolean.FALSE.equals(f.reviewOverdue())) {
            sql.and("(s.review_date IS NULL OR s.review_date >= current_date)");
        }
        return sql;
    }

    public PageResult<RiskScenarioView> list(Filter f, Visibility v, PageParams paging) {
        return where(f, v)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM risks.scenario s",
                        paging,
                        SORTABLE,
                        "s.score DESC, s.title, s.id",
                        (rs, n) -> map(rs));
    }

    /** One point of the matrix: a scenario's place and title. */
    public record MatrixPoint(
            long id,
            String title,
            String titleSv,
            String titleEn,
            int likelihood,
            BigDecimal meanImpact,
            Integer residualLikelihood,
            Integer residualImpact,
            BigDecimal score,
            BigDecimal residualScore,
            boolean restricted) {}

    public List<MatrixPoint> matrix(Filter f, Visibility v) {
        SqlFilter sql = where(f, v);
        return jdbc.sql("""
                        SELECT s.id, s.title, s.title_sv, s.title_en, s.likelihood, s.mean_impact, s.residual_likelihood,
                               s.residual_impact, s.score, s.residual_score, s.restricted
                        FROM risks.scenario s""" + sql.where() + " ORDER BY s.score DESC, s.title")
                .params(sql.params())
                .query((rs, n) -> new MatrixPoint(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getBigDecimal(6),
                        (Integer) rs.getObject(7, Integer.class),
                        (Integer) rs.getObject(8, Integer.class),
                        rs.getBigDecimal(9),
                        rs.getBigDecimal(10),
                        rs.getBoolean(11)))
                .list();
    }

    /** A scenario whatever its visibility: the service decides whether the caller may see it. */
    public Optional<RiskScenarioView> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The scenarios a measure mitigates, as the caller may see them. */
    public List<RiskScenarioView> byMeasure(long measureId, Visibility v) {
        Filter f = new Filter(null, null, null, null, null, null, null, false, null, null, null, measureId, null);
        return list(f, v, PageParams.first(PageParams.MAX_SIZE)).content();
    }

    /** The row values a write takes. */
    public record Row(
            long regionId,
            long scaleId,
            String title,
            String titleSv,
            String titleEn,
            String description,
            String descriptionSv,
            String category,
            long ownerActorId,
            LocalDate reviewDate,
            int likelihood,
            BigDecimal meanImpact,
            BigDecimal score,
            String reliability,
            Integer residualLikelihood,
            Integer residualImpact,
            BigDecimal residualScore,
            boolean restricted,
            Map<String, Integer> impacts,
            Collection<Long> areaIds,
            Collection<String> themes,
            Collection<Long> measureIds,
            Collection<String> resourceTypes) {}

    public long insert(Row r) {
        long id = jdbc.sql("""
                        INSERT INTO risks.scenario (region_id, scale_id, title, title_sv, title_en, description,
                          description_sv, category, owner_actor_id, review_date, likelihood, mean_impact, score,
                          reliability, residual_likelihood, residual_impact, residual_score, restricted)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.regionId(),
                        r.scaleId(),
                        r.title(),
                        r.titleSv(),
                        r.titleEn(),
                        r.description(),
                        r.descriptionSv(),
                        r.category(),
                        r.ownerActorId(),
                        r.reviewDate(),
                        r.likelihood(),
                        r.meanImpact(),
                        r.score(),
                        r.reliability(),
                        r.residualLikelihood(),
                        r.residualImpact(),
                        r.residualScore(),
                        r.restricted())
                .query(Long.class)
                .single();
        writeLinks(id, r);
        return id;
    }

    public boolean update(long id, long version, Row r) {
        int n = jdbc.sql("""
                        UPDATE risks.scenario SET region_id = ?, scale_id = ?, title = ?, title_sv = ?, title_en = ?,
                          description = ?, description_sv = ?, category = ?, owner_actor_id = ?, review_date = ?,
                          likelihood = ?, mean_impact = ?, score = ?, reliability = ?, residual_likelihood = ?,
                          residual_impact = ?, residual_score = ?, restricted = ?, updated_at = now(),
                          version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(
                        r.regionId(),
                        r.scaleId(),
                        r.title(),
                        r.titleSv(),
                        r.titleEn(),
                        r.description(),
                        r.descriptionSv(),
                        r.category(),
                        r.ownerActorId(),
                        r.reviewDate(),
                        r.likelihood(),
                        r.meanImpact(),
                        r.score(),
                        r.reliability(),
                        r.residualLikelihood(),
                        r.residualImpact(),
                        r.residualScore(),
                        r.restricted(),
                        id,
                        version)
                .update();
        if (n != 1) {
            return false;
        }
        for (String table : List.of(
                "scenario_area", "scenario_theme", "scenario_measure", "scenario_resource_type", "scenario_impact")) {
            jdbc.sql("DELETE FROM risks." + table + " WHERE scenario_id = ?")
                    .param(id)
                    .update();
        }
        writeLinks(id, r);
        return true;
    }

    private void writeLinks(long id, Row r) {
        if (!r.areaIds().isEmpty()) {
            jdbc.sql("INSERT INTO risks.scenario_area (scenario_id, area_id) SELECT ?, unnest(?::bigint[])")
                    .params(id, r.areaIds().toArray(Long[]::new))
                    .update();
        }
        if (!r.themes().isEmpty()) {
            jdbc.sql("INSERT INTO risks.scenario_theme (scenario_id, theme) SELECT ?, unnest(?::text[])")
                    .params(id, r.themes().toArray(String[]::new))
                    .update();
        }
        if (!r.measureIds().isEmpty()) {
            jdbc.sql("INSERT INTO risks.scenario_measure (scenario_id, measure_id) SELECT ?, unnest(?::bigint[])")
                    .params(id, r.measureIds().toArray(Long[]::new))
                    .update();
        }
        if (!r.resourceTypes().isEmpty()) {
            jdbc.sql(
                            "INSERT INTO risks.scenario_resource_type (scenario_id, resource_type) SELECT ?, unnest(?::text[])")
                    .params(id, r.resourceTypes().toArray(String[]::new))
                    .update();
        }
        if (!r.impacts().isEmpty()) {
            jdbc.sql("INSERT INTO risks.scenario_impact (scenario_id, dimension_code, level)"
                            + " SELECT ?, unnest(?::text[]), unnest(?::int[])")
                    .params(
                            id,
                            r.impacts().keySet().toArray(String[]::new),
                            r.impacts().values().toArray(Integer[]::new))
                    .update();
        }
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM risks.scenario WHERE id = ?").param(id).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM risks.scenario").query(Long.class).single();
    }

    static RiskScenarioView map(ResultSet rs) throws SQLException {
        List<String> codes = strings(rs.getArray("impact_codes"));
        List<String> levels = strings(rs.getArray("impact_levels"));
        Map<String, Integer> impacts = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            impacts.put(codes.get(i), Integer.valueOf(levels.get(i)));
        }
        return new RiskScenarioView(
                rs.getString("id"),
                rs.getString("region_id"),
                rs.getString("region_code"),
                rs.getString("scale_id"),
                rs.getString("title"),
                rs.getString("title_sv"),
                rs.getString("title_en"),
                rs.getString("description"),
                rs.getString("description_sv"),
                rs.getString("category"),
                strings(rs.getArray("themes")),
                strings(rs.getArray("area_ids")),
                strings(rs.getArray("area_codes")),
                rs.getString("owner_actor_id"),
                rs.getObject("review_date", LocalDate.class),
                rs.getInt("likelihood"),
                impacts,
                plain(rs.getBigDecimal("mean_impact")),
                plain(rs.getBigDecimal("score")),
                rs.getString("reliability"),
                (Integer) rs.getObject("residual_likelihood", Integer.class),
                (Integer) rs.getObject("residual_impact", Integer.class),
                plain(rs.getBigDecimal("residual_score")),
                strings(rs.getArray("measure_ids")),
                strings(rs.getArray("resource_types")),
                rs.getBoolean("restricted"),
                rs.getLong("version"));
    }

    private static List<String> strings(Array a) throws SQLException {
        List<String> out = new ArrayList<>();
        if (a == null) {
            return out;
        }
        for (Object o : (Object[]) a.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
