package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView.Cost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Writes the measures of an import with PostgreSQL {@code COPY}, in the import's transaction: ids are
 * taken from the sequence in one round trip, and the rows are fed to one {@code COPY} as they are
 * written, so the database works on the rows sent while the next are prepared.
 */
@Repository
class MeasureCopy {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    MeasureCopy(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Ids for {@code n} new measures, taken from the sequence in one round trip. */
    List<Long> reserveIds(int n) {
        return jdbc.sql("SELECT nextval('planning.measure_id_seq') FROM generate_series(1, ?)")
                .param(n)
                .query(Long.class)
                .list();
    }

    /** Writes measures with given ids and their costs with PostgreSQL COPY, in the current transaction. */
    void copyIn(List<Long> ids, List<MeasureRow> rows, Lookups lookups) {
        // a bulk load fills the GIN indexes' pending lists and leaves merging them to autovacuum
        jdbc.sql("SET LOCAL gin_pending_list_limit = '64MB'").update();
        // everything a row needs is looked up before the COPY starts: while it runs, the transaction's
        // connection belongs to it, and a query on it (an area's ancestry) would wait for the COPY, which
        // waits for the row
        List<MeasureRepository.Scope> scopes = new ArrayList<>(rows.size());
        for (MeasureRow r : rows) {
            scopes.add(MeasureRepository.Scope.of(r, lookups));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            // one COPY fed row by row, so that the database works on the rows sent while the next are written
            pg.getCopyAPI()
                    .copyIn(
                            "COPY planning.measure (id, programme_id, code, title, title_sv, description,"
                                    + " description_sv, responsible_actor_id, partner_actor_ids, area_ids,"
                                    + " target_groups, themes, emphasis, goal_ids, start_date, end_date, status,"
                                    + " progress_percent, funding_source, budget_year, plan_year_from, plan_year_to,"
                                    + " cost_carrier_group_id, cost_carrier_actor_id, scope_area_ids, scope_keys,"
                                    + " cost_years, cost_planned, cost_realised) FROM STDIN (FORMAT csv)",
                            new RowsReader(ids, rows, scopes),
                            64 * 1024);
        } catch (SQLException e) {
            throw new org.springframework.dao.DataIntegrityViolationException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The CSV of the COPY, written a row at a time as the driver reads it. */
    private static final class RowsReader extends java.io.Reader {
        private final List<Long> ids;
        private final List<MeasureRow> rows;
        private final List<MeasureRepository.Scope> scopes;
        private final StringBuilder buffer = new StringBuilder(4096);
        private int next;
        private int position;

        RowsReader(List<Long> ids, List<MeasureRow> rows, List<MeasureRepository.Scope> scopes) {
            this.ids = ids;
            this.rows = rows;
            this.scopes = scopes;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            if (position == buffer.length()) {
                if (next == rows.size()) {
                    return -1;
                }
                buffer.setLength(0);
                position = 0;
                while (buffer.length() < 2048 && next < rows.size()) {
                    appendMeasure(buffer, ids.get(next), rows.get(next), scopes.get(next));
                    next++;
                }
            }
            int n = Math.min(length, buffer.length() - position);
            buffer.getChars(position, position + n, target, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {}
    }

    private static void appendMeasure(StringBuilder b, long id, MeasureRow r, MeasureRepository.Scope scope) {
        b.append(id).append(',').append(r.programmeId()).append(',');
        text(b, r.code());
        text(b, r.title());
        text(b, r.titleSv());
        text(b, r.description());
        text(b, r.descriptionSv());
        b.append(r.responsibleActorId()).append(',');
        array(b, r.partnerActorIds());
        array(b, r.areaIds());
        array(b, r.targetGroups());
        array(b, r.themes());
        text(b, r.emphasis());
        array(b, r.goalIds());
        value(b, r.startDate());
        value(b, r.endDate());
        text(b, r.status());
        value(b, r.progressPercent());
        text(b, r.fundingSource());
        value(b, r.budgetYear());
        value(b, r.planYearFrom());
        value(b, r.planYearTo());
        value(b, r.costCarrierGroupId());
        value(b, r.costCarrierActorId());
        array(b, scope.areaIds());
        array(b, scope.keys());
        List<Object> years = new ArrayList<>();
        List<Object> planned = new ArrayList<>();
        List<Object> realised = new ArrayList<>();
        for (Cost c : r.costs()) {
            years.add(c.year());
            planned.add(c.planned() == null ? "NULL" : c.planned().toPlainString());
            realised.add(c.realised() == null ? "NULL" : c.realised().toPlainString());
        }
        array(b, years);
        array(b, planned);
        array(b, realised);
        b.setLength(b.length() - 1);
        b.append('\n');
    }

    private static void text(StringBuilder b, String s) {
        if (s != null) {
            b.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
        b.append(',');
    }

    private static void value(StringBuilder b, Object v) {
        if (v != null) {
            b.append(v);
        }
        b.append(',');
    }

    /** An array literal; the values are ids or catalogue codes, which need no quoting inside it. */
    private static void array(StringBuilder b, Collection<?> values) {
        b.append("\"{");
        boolean first = true;
        for (Object v : values) {
            if (!first) {
                b.append(',');
            }
            b.append(v);
            first = false;
        }
        b.append("}\",");
    }
}
