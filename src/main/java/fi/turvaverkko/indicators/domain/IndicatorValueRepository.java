package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Indicator values: single values, series and comparisons for the charts, trends from the published
 * view, and imports written in large batches from arrays ({@code unnest}) rather than row by row.
 */
@Repository
public class IndicatorValueRepository {

    static final String SELECT = """
            SELECT v.id, v.indicator_id, i.code AS indicator_code, v.area_id, a.code AS area_code, v.year, v.value,
                   v.version
            FROM indicators.indicator_value v JOIN indicators.indicator i ON i.id = v.indicator_id
            LEFT JOIN network.v_area a ON a.id = v.area_id""";

    private static final Map<String, String> SORTABLE = Map.of(
            "year", "v.year",
            "value", "v.value",
            "indicatorCode", "i.code");

    /** The rows of an import chunk, column by column; values as plain decimal strings. */
    public record Chunk(Integer[] rows, Long[] indicators, Long[] areas, Integer[] years, String[] values) {

        public int size() {
            return rows.length;
        }
    }

    private static final String UNNEST = """
            unnest(:rows::int[], :indicators::bigint[], :areas::bigint[], :years::int[], :values::text[])
              AS t(row_no, indicator_id, area_id, year, value)""";

    private final JdbcClient jdbc;

    IndicatorValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of the value list; an empty {@code areaIds} means every area. */
    public record Filter(
            Long indicatorId,
            Collection<Long> areaIds,
            Integer year,
            Integer fromYear,
            Integer toYear,
            boolean publicOnly) {}

    public PageResult<IndicatorValueView> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and("v.indicator_id = :indicator", "indicator", f.indicatorId())
                .and(
                        "v.area_id = ANY(:areas)",
                        "areas",
                        f.areaIds() == null || f.areaIds().isEmpty()
                                ? null
                                : f.areaIds().toArray(Long[]::new))
                .and("v.year = :year", "year", f.year())
                .and("v.year >= :fromYear", "fromYear", f.fromYear())
                .and("v.year <= :toYear", "toYear", f.toYear())
                .and("i.public_data = :publicOnly", "publicOnly", f.publicOnly() ? Boolean.TRUE : null)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM indicators.indicator_value v JOIN indicators.indicator i ON i.id = v.indicator_id",
                        paging,
                        SORTABLE,
                        "v.indicator_id, v.area_id, v.year",
                        (rs, n) -> map(rs));
    }

    public Optional<IndicatorValueView> find(long id) {
        return jdbc.sql(SELECT + " WHERE v.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<IndicatorValueView> find(long indicatorId, long areaId, int year) {
        return jdbc.sql(SELECT + " WHERE v.indicator_id = ? AND v.area_id = ? AND v.year = ?")
                .params(indicatorId, areaId, year)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public long insert(long indicatorId, long areaId, int year, BigDecimal value) {
        return jdbc.sql("INSERT INTO indicators.indicator_value (indicator_id, area_id, year, value)"
                        + " VALUES (?, ?, ?, ?) RETURNING id")
                .params(indicatorId, areaId, year, value)
                .query(Long.class)
                .single();
    }

    public boolean update(long id, long version, long indicatorId, long areaId, int year, BigDecimal value) {
        return jdbc.sql("""
                        UPDATE indicators.indicator_value SET indicator_id = ?, area_id = ?, year = ?, value = ?,
                          updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(indicatorId, areaId, year, value, id, version)
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM indicators.indicator_value WHERE id = ?")
                .param(id)
                .update();
    }

    /** One area's series of an indicator, oldest first. */
    public List<YearValue> series(long indicatorId, long areaId) {
        return jdbc.sql("SELECT area_id::text, year, value FROM indicators.indicator_value"
                        + " WHERE indicator_id = ? AND area_id = ? ORDER BY year")
                .params(indicatorId, areaId)
                .query((rs, n) -> yearValue(rs))
                .list();
    }

    /** Every series of one area, by indicator id, oldest year first. */
    public Map<Long, List<YearValue>> seriesOfArea(long areaId) {
        Map<Long, List<YearValue>> map = new java.util.HashMap<>();
        jdbc.sql("SELECT indicator_id, area_id::text, year, value FROM indicators.indicator_value WHERE area_id = ?"
                        + " ORDER BY indicator_id, year")
                .param(areaId)
                .query(rs -> {
                    map.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new YearValue(rs.getString(2), rs.getInt(3), plain(rs.getBigDecimal(4))));
                });
        return map;
    }

    /** The values of one year in the given areas. */
    public List<YearValue> ofYear(long indicatorId, int year, Collection<Long> areaIds) {
        return jdbc.sql("SELECT area_id::text, year, value FROM indicators.indicator_value"
                        + " WHERE indicator_id = ? AND year = ? AND area_id = ANY(?)")
                .params(indicatorId, year, areaIds.toArray(Long[]::new))
                .query((rs, n) -> yearValue(rs))
                .list();
    }

    /** The years an indicator has values for in any of the areas, oldest first. */
    public List<Integer> years(long indicatorId, Collection<Long> areaIds) {
        return jdbc.sql(
                        "SELECT DISTINCT year FROM indicators.indicator_value WHERE indicator_id = ? AND area_id = ANY(?)"
                                + " ORDER BY year")
                .params(indicatorId, areaIds.toArray(Long[]::new))
                .query(Integer.class)
                .list();
    }

    /** A row of the published trend view. */
    public record TrendRow(
            long indicatorId,
            long areaId,
            Integer latestYear,
            BigDecimal latestValue,
            Integer previousYear,
            BigDecimal previousValue,
            String direction) {}

    /** The trend of every indicator that has values in the area. */
    public List<TrendRow> trends(long areaId) {
        return jdbc.sql("""
                        SELECT indicator_id, area_id, latest_year, latest_value, previous_year, previous_value, direction
                        FROM indicators.v_indicator_trend WHERE area_id = ?""").param(areaId).query((rs, n) -> trend(rs)).list();
    }

    /** The trends of one indicator in the given areas. */
    public List<TrendRow> trends(long indicatorId, Collection<Long> areaIds) {
        return jdbc.sql("""
                        SELECT indicator_id, area_id, latest_year, latest_value, previous_year, previous_value, direction
                        FROM indicators.v_indicator_trend WHERE indicator_id = ? AND area_id = ANY(?)""")
                .params(indicatorId, areaIds.toArray(Long[]::new))
                .query((rs, n) -> trend(rs))
                .list();
    }

    // imports

    /** Row numbers of the chunk whose indicator, area and year already have a value, at most {@code limit}. */
    public List<Integer> existingRows(Chunk c, int limit) {
        return bind(
                        jdbc.sql("SELECT t.row_no FROM " + UNNEST
                                + " JOIN indicators.indicator_value v ON v.indicator_id = t.indicator_id"
                                + " AND v.area_id = t.area_id AND v.year = t.year ORDER BY t.row_no LIMIT :limit"),
                        c)
                .param("limit", limit)
                .query(Integer.class)
                .list();
    }

    /**
     * Writes a chunk in one statement and answers {created, replaced}. Without {@code replace} a value
     * that exists is left alone and not counted, so fewer created than rows means the chunk collided.
     */
    public int[] write(Chunk c, boolean replace) {
        String conflict = replace
                ? " ON CONFLICT ON CONSTRAINT indicator_value_key DO UPDATE SET value = EXCLUDED.value,"
                        + " updated_at = now(), version = indicator_value.version + 1"
                : " ON CONFLICT ON CONSTRAINT indicator_value_key DO NOTHING";
        return bind(
                        jdbc.sql(
                                "WITH w AS (INSERT INTO indicators.indicator_value (indicator_id, area_id, year, value)"
                                        + " SELECT t.indicator_id, t.area_id, t.year, t.value::numeric FROM " + UNNEST
                                        + conflict + " RETURNING (xmax = 0) AS created)"
                                        + " SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created) FROM w"),
                        c)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Chunk c) {
        return spec.param("rows", c.rows())
                .param("indicators", c.indicators())
                .param("areas", c.areas())
                .param("years", c.years())
                .param("values", c.values());
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM indicators.indicator_value")
                .query(Long.class)
                .single();
    }

    /** A stored number without the trailing zeros of its column's scale, never in exponent form. */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static IndicatorValueView map(ResultSet rs) throws SQLException {
        return new IndicatorValueView(
                rs.getString("id"),
                rs.getString("indicator_id"),
                rs.getString("indicator_code"),
                rs.getString("area_id"),
                rs.getString("area_code"),
                rs.getInt("year"),
                plain(rs.getBigDecimal("value")),
                rs.getLong("version"));
    }

    private static YearValue yearValue(ResultSet rs) throws SQLException {
        return new YearValue(rs.getString(1), rs.getInt(2), plain(rs.getBigDecimal(3)));
    }

    private static TrendRow trend(ResultSet rs) throws SQLException {
        BigDecimal previous = rs.getBigDecimal("previous_value");
        return new TrendRow(
                rs.getLong("indicator_id"),
                rs.getLong("area_id"),
                (Integer) rs.getObject("latest_year", Integer.class),
                plain(rs.getBigDecimal("latest_value")),
                (Integer) rs.getObject("previous_year", Integer.class),
                plain(previous),
                rs.getString("direction"));
    }
}
