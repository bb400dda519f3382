package fi.turvaverkko.planning.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly reviews and reports of the wellbeing report cycle. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WellbeingReportView> ofProgramme(long programmeId) {
        return jdbc.sql("SELECT * FROM planning.wellbeing_report WHERE programme_id = ? ORDER BY year, type")
                .param(programmeId)
                .query((rs, n) -> map(rs))
                .list();
    }

    Optional<WellbeingReportView> find(long id) {
        return jdbc.sql("SELECT * FROM planning.wellbeing_report WHERE id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    Optional<WellbeingReportView> find(long programmeId, String type, int year) {
        return jdbc.sql("SELECT * FROM planning.wellbeing_report WHERE programme_id = ? AND type = ? AND year = ?")
                .params(programmeId, type, year)
                .query((rs, n) -> map(rs))
                .optional();
    }

    long insert(long programmeId, String type, int year, String title, String body, String by) {
        return jdbc.sql("""
                        INSERT INTO planning.wellbeing_report (programme_id, type, year, title, body, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(programmeId, type, year, title, body, by)
                .query(Long.class)
                .single();
    }

    boolean update(long id, long version, String title, String body) {
        return jdbc.sql("""
                        UPDATE planning.wellbeing_report SET title = ?, body = ?, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""").params(title, body, id, version).update() == 1;
    }

    boolean approve(long id, String by, String decisionReference, OffsetDateTime at) {
        return jdbc.sql("""
                        UPDATE planning.wellbeing_report SET status = 'APPROVED', approved_at = ?, approved_by = ?,
                          decision_reference = ?, version = version + 1
                        WHERE id = ? AND status = 'DRAFT'""").params(at, by, decisionReference, id).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM planning.wellbeing_report WHERE id = ?").param(id).update();
    }

    static WellbeingReportView map(ResultSet rs) throws SQLException {
        return new WellbeingReportView(
                rs.getString("id"),
                rs.getString("programme_id"),
                rs.getString("type"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("status"),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getString("decision_reference"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getLong("version"));
    }
}
