package fi.turvaverkko.indicators.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targets of indicators, set on planning's goals. */
@Repository
public class IndicatorTargetRepository {

    private static final String SELECT =
            "SELECT t.id, t.indicator_id, t.goal_id, t.area_id, a.code AS area_code, t.year, t.value, t.note, t.version"
                    + " FROM indicators.indicator_target t LEFT JOIN network.v_area a ON a.id = t.area_id";

    private final JdbcClient jdbc;

    IndicatorTargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorTargetView> byIndicator(long indicatorId) {
        return jdbc.sql(SELECT + " WHERE t.indicator_id = ? ORDER BY t.year, t.area_id, t.id")
                .param(indicatorId)
                .query((rs, n) -> map(rs))
                .list();
    }

    public List<IndicatorTargetView> byGoal(long goalId) {
        return jdbc.sql(SELECT + " WHERE t.goal_id = ? ORDER BY t.indicator_id, t.year, t.id")
                .param(goalId)
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<IndicatorTargetView> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public boolean exists(long indicatorId, Long goalId, long areaId, int year, Long exceptId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM indicators.indicator_target
                         WHERE indicator_id = ? AND goal_id IS NOT DISTINCT FROM ? AND area_id = ? AND year = ?
                           AND id <> ?)""")
                .params(indicatorId, goalId, areaId, year, exceptId == null ? -1L : exceptId)
                .query(Boolean.class)
                .single();
    }

    public long insert(long indicatorId, Long goalId, long areaId, int year, BigDecimal value, String note) {
        return jdbc.sql("INSERT INTO indicators.indicator_target (indicator_id, goal_id, area_id, year, value, note)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(indicatorId, goalId, areaId, year, value, note)
                .query(Long.class)
                .single();
    }

    public boolean update(long id, long version, Long goalId, long areaId, int year, BigDecimal value, String note) {
        return jdbc.sql("""
                        UPDATE indicators.indicator_target SET goal_id = ?, area_id = ?, year = ?, value = ?, note = ?,
                          version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(goalId, areaId, year, value, note, id, version)
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM indicators.indicator_target WHERE id = ?")
                .param(id)
                .update();
    }

    static IndicatorTargetView map(ResultSet rs) throws SQLException {
        return new IndicatorTargetView(
                rs.getString("id"),
                rs.getString("indicator_id"),
                rs.getString("goal_id"),
                rs.getString("area_id"),
                rs.getString("area_code"),
                rs.getInt("year"),
                IndicatorValueRepository.plain(rs.getBigDecimal("value")),
                rs.getString("note"),
                rs.getLong("version"));
    }
}
