package fi.turvaverkko.planning.actionlist.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The progress updates of measures ({@code planning.progress_update}, append-only): the latest sets
 * its measure's status, share done and date.
 */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgressView> ofMeasure(long measureId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM planning.progress_update WHERE measure_id = ?
                         ORDER BY reported_on DESC, id DESC LIMIT ?""").params(measureId, limit).query((rs, n) -> map(rs)).list();
    }

    Optional<ProgressView> find(long id) {
        return jdbc.sql("SELECT * FROM planning.progress_update WHERE id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /**
     * Adds a progress update. The measure takes its status, and its percent and date when it is the
     * latest update.
     */
    long insert(long measureId, ProgressView p, String by) {
        long id = jdbc.sql("""
                        INSERT INTO planning.progress_update (measure_id, reported_on, status, percent, text,
                          realised_cost, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(measureId, p.date(), p.status(), p.percent(), p.text(), p.realisedCost(), by)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        UPDATE planning.measure SET status = :status,
                          progress_percent = CASE WHEN last_progress_on IS NULL OR last_progress_on <= :date
                                                  THEN coalesce(:percent, progress_percent) ELSE progress_percent END,
                          last_progress_on = greatest(last_progress_on, :date),
                          updated_at = now(), version = version + 1
                        WHERE id = :id""")
                .param("status", p.status())
                .param("date", p.date())
                .param("percent", p.percent())
                .param("id", measureId)
                .update();
        return id;
    }

    static ProgressView map(ResultSet rs) throws SQLException {
        return new ProgressView(
                rs.getString("id"),
                rs.getString("measure_id"),
                rs.getObject("reported_on", LocalDate.class),
                rs.getString("status"),
                (Integer) rs.getObject("percent"),
                rs.getString("text"),
                rs.getBigDecimal("realised_cost"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"));
    }
}
