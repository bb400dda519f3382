package fi.turvaverkko.risks.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scales with their dimensions and levels, read and written whole. */
@Repository
class RiskScaleRepository {

    private final JdbcClient jdbc;

    RiskScaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(
            long id, long regionId, String name, String nameSv, String nameEn, String description, long version) {}

    public List<RiskScaleView> list(Long regionId) {
        List<Head> heads = jdbc.sql(
                        "SELECT id, region_id, name, name_sv, name_en, description, version FROM risks.scale"
                                + (regionId == null ? "" : " WHERE region_id = :region")
                                + " ORDER BY region_id, id DESC")
                .params(regionId == null ? Map.of() : Map.of("region", regionId))
                .query((rs, n) -> head(rs))
                .list();
        List<RiskScaleView> out = new ArrayList<>();
        for (Head h : heads) {
            out.add(assemble(h));
        }
        return out;
    }

    public Optional<RiskScaleView> find(long id) {
        return jdbc.sql(
                        "SELECT id, region_id, name, name_sv, name_en, description, version FROM risks.scale WHERE id = ?")
                .param(id)
                .query((rs, n) -> head(rs))
                .optional()
                .map(this::assemble);
    }

    /** The newest scale of the region, the one new scenarios use by default. */
    public Optional<Long> latestOf(long regionId) {
        return jdbc.sql("SELECT id FROM risks.scale WHERE region_id = ? ORDER BY id DESC LIMIT 1")
                .param(regionId)
                .query(Long.class)
                .optional();
    }

    public boolean nameTaken(long regionId, String name, Long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM risks.scale WHERE region_id = ? AND lower(name) = lower(?)"
                        + " AND id <> ?)")
                .params(regionId, name, exceptId == null ? -1L : exceptId)
                .query(Boolean.class)
                .single();
    }

    public long insert(long regionId, RiskScaleView s) {
        long id = jdbc.sql("INSERT INTO risks.scale (region_id, name, name_sv, name_en, description)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(regionId, s.name(), s.nameSv(), s.nameEn(), s.description())
                .query(Long.class)
                .single();
        writeDimensions(id, s);
        return id;
    }

    public boolean update(long id, long version, RiskScaleView s) {
        int n = jdbc.sql("""
                        UPDATE risks.scale SET name = ?, name_sv = ?, name_en = ?, description = ?, updated_at = now(),
                          version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(s.name(), s.nameSv(), s.nameEn(), s.description(), id, version)
                .update();
        if (n != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM risks.scale_dimension WHERE scale_id = ?")
                .param(id)
                .update();
        writeDimensions(id, s);
        return true;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM risks.scale WHERE id = ?").param(id).update();
    }

    public long scenarioCount(long scaleId) {
        return jdbc.sql("SELECT count(*) FROM risks.scenario WHERE scale_id = ?")
                .param(scaleId)
                .query(Long.class)
                .single();
    }

    /** The highest likelihood and impact levels the scale's scenarios use. */
    public int[] maxUsedLevels(long scaleId) {
        return jdbc.sql("""
                        SELECT coalesce(max(greatest(s.likelihood, coalesce(s.residual_likelihood, 0))), 0),
                               coalesce((SELECT max(i.level) FROM risks.scenario_impact i
                                          JOIN risks.scenario x ON x.id = i.scenario_id WHERE x.scale_id = ?), 0),
                               coalesce(max(s.residual_impact), 0)
                        FROM risks.scenario s WHERE s.scale_id = ?""")
                .params(scaleId, scaleId)
                .query((rs, n) -> new int[] {rs.getInt(1), Math.max(rs.getInt(2), rs.getInt(3))})
                .single();
    }

    /** The impact dimension codes the scale's scenarios have rated. */
    public List<String> usedImpactCodes(long scaleId) {
        return jdbc.sql("""
                        SELECT DISTINCT i.dimension_code FROM risks.scenario_impact i
                          JOIN risks.scenario s ON s.id = i.scenario_id WHERE s.scale_id = ? ORDER BY 1""").param(scaleId).query(String.class).list();
    }

    private void writeDimensions(long scaleId, RiskScaleView s) {
        insertDimension(scaleId, "LIKELIHOOD", "LIKELIHOOD", s.likelihood(), 0);
        int position = 1;
        for (RiskDimensionView d : s.impacts()) {
            insertDimension(scaleId, "IMPACT", d.code(), d, position++);
        }
    }

    private void insertDimension(long scaleId, String kind, String code, RiskDimensionView d, int position) {
        long id = jdbc.sql("""
                        INSERT INTO risks.scale_dimension (scale_id, kind, code, name, name_sv, name_en, unit, unit_sv,
                          unit_en, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        scaleId,
                        kind,
                        code,
                        d.name(),
                        d.nameSv(),
                        d.nameEn(),
                        d.unit(),
                        d.unitSv(),
                        d.unitEn(),
                        position)
                .query(Long.class)
                .single();
        for (RiskLevelView l : d.levels()) {
            jdbc.sql("""
                            INSERT INTO risks.scale_level (dimension_id, level, label, label_sv, label_en, lower_bound,
                              upper_bound)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, l.level(), l.label(), l.labelSv(), l.labelEn(), l.lower(), l.upper())
                    .update();
        }
    }

    private RiskScaleView assemble(Head h) {
        Map<Long, List<RiskLevelView>> levels = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT l.dimension_id, l.level, l.label, l.label_sv, l.label_en, l.lower_bound, l.upper_bound
                        FROM risks.scale_level l JOIN risks.scale_dimension d ON d.id = l.dimension_id
                        WHERE d.scale_id = ? ORDER BY l.dimension_id, l.level""").param(h.id()).query(rs -> {
            levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new RiskLevelView(
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            plain(rs.getBigDecimal(6)),
                            plain(rs.getBigDecimal(7))));
        });
        RiskDimensionView[] likelihood = new RiskDimensionView[1];
        List<RiskDimensionView> impacts = new ArrayList<>();
        jdbc.sql("""
                        SELECT id, kind, code, name, name_sv, name_en, unit, unit_sv, unit_en
                        FROM risks.scale_dimension WHERE scale_id = ? ORDER BY position, id""").param(h.id()).query(rs -> {
            RiskDimensionView d = new RiskDimensionView(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("name_sv"),
                    rs.getString("name_en"),
                    rs.getString("unit"),
                    rs.getString("unit_sv"),
                    rs.getString("unit_en"),
                    List.copyOf(levels.getOrDefault(rs.getLong("id"), List.of())));
            if ("LIKELIHOOD".equals(rs.getString("kind"))) {
                likelihood[0] = d;
            } else {
                impacts.add(d);
            }
        });
        return new RiskScaleView(
                String.valueOf(h.id()),
                String.valueOf(h.regionId()),
                null,
                h.name(),
                h.nameSv(),
                h.nameEn(),
                h.description(),
                likelihood[0],
                List.copyOf(impacts),
                h.version());
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(
                rs.getLong("id"),
                rs.getLong("region_id"),
                rs.getString("name"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getLong("version"));
    }

    private static java.math.BigDecimal plain(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
