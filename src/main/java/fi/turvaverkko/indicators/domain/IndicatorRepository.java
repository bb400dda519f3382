package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator definitions. */
@Repository
public class IndicatorRepository {

    static final String SELECT = """
            SELECT i.id, i.code, i.name, i.name_sv, i.name_en, i.description, i.unit, i.source, i.source_ref,
                   i.polarity, i.kind, i.decimals, i.public_data, i.version
            FROM indicators.indicator i""";

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "i.code",
            "name", "i.name",
            "source", "i.source",
            "kind", "i.kind",
            "polarity", "i.polarity");

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of the indicator list. */
    public record Filter(String text, String source, String kind, String polarity, boolean publicOnly) {}

    public PageResult<IndicatorView> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and(
                        "(i.name ILIKE :text OR i.name_sv ILIKE :text OR i.name_en ILIKE :text OR i.code ILIKE :text)",
                        "text",
                        SqlFilter.contains(f.text()))
                .and("i.source = :source", "source", f.source())
                .and("i.kind = :kind", "kind", f.kind())
                .and("i.polarity = :polarity", "polarity", f.polarity())
                .and("i.public_data = :pub", "pub", f.publicOnly() ? Boolean.TRUE : null)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM indicators.indicator i",
                        paging,
                        SORTABLE,
                        "i.name, i.id",
                        (rs, n) -> map(rs));
    }

    public List<IndicatorView> all() {
        return jdbc.sql(SELECT + " ORDER BY i.name, i.id")
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<IndicatorView> find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<IndicatorView> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE i.code = ?")
                .param(code)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public long insert(IndicatorView i) {
        return jdbc.sql("""
                        INSERT INTO indicators.indicator (code, name, name_sv, name_en, description, unit, source,
                          source_ref, polarity, kind, decimals, public_data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        i.code(),
                        i.name(),
                        i.nameSv(),
                        i.nameEn(),
                        i.description(),
                        i.unit(),
                        i.source(),
                        i.sourceRef(),
                        i.polarity(),
                        i.kind(),
                        i.decimals(),
                        i.publicData())
                .query(Long.class)
                .single();
    }

    public boolean update(long id, long version, IndicatorView i) {
        return jdbc.sql("""
                        UPDATE indicators.indicator SET code = ?, name = ?, name_sv = ?, name_en = ?, description = ?,
                          unit = ?, source = ?, source_ref = ?, polarity = ?, kind = ?, decimals = ?, public_data = ?,
                          updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                i.code(),
                                i.name(),
                                i.nameSv(),
                                i.nameEn(),
                                i.description(),
                                i.unit(),
                                i.source(),
                                i.sourceRef(),
                                i.polarity(),
                                i.kind(),
                                i.decimals(),
                                i.publicData(),
                                id,
                                version)
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM indicators.indicator WHERE id = ?").param(id).update();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM indicators.indicator")
                .query(Long.class)
                .single();
    }

    // measures linked to an indicator (planning's ids)

    public List<String> measureIds(long indicatorId) {
        return jdbc.sql(
                        "SELECT measure_id::text FROM indicators.indicator_measure WHERE indicator_id = ? ORDER BY measure_id")
                .param(indicatorId)
                .query(String.class)
                .list();
    }

    public boolean linkMeasure(long indicatorId, long measureId) {
        return jdbc.sql("INSERT INTO indicators.indicator_measure (indicator_id, measure_id) VALUES (?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(indicatorId, measureId)
                        .update()
                == 1;
    }

    public boolean unlinkMeasure(long indicatorId, long measureId) {
        return jdbc.sql("DELETE FROM indicators.indicator_measure WHERE indicator_id = ? AND measure_id = ?")
                        .params(indicatorId, measureId)
                        .update()
                == 1;
    }

    public List<IndicatorView> byMeasure(long measureId) {
        return jdbc.sql(SELECT + " JOIN indicators.indicator_measure m ON m.indicator_id = i.id"
                        + " WHERE m.measure_id = ? ORDER BY i.name")
                .param(measureId)
                .query((rs, n) -> map(rs))
                .list();
    }

    static IndicatorView map(ResultSet rs) throws SQLException {
        return new IndicatorView(
                rs.getString("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getString("unit"),
                rs.getString("source"),
                rs.getString("source_ref"),
                rs.getString("polarity"),
                rs.getString("kind"),
                rs.getInt("decimals"),
                rs.getBoolean("public_data"),
                rs.getLong("version"));
    }
}
