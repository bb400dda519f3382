package fi.turvaverkko.operations.domain;

import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.LogEntryView;
import fi.turvaverkko.platform.LocalizedText;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disruptions, their areas, the situation log, the event stream and situation reports. */
@Repository
public class OperationsRepository {

    static final String SELECT = "SELECT d.*, rg.code AS region_code,"
            + " (SELECT array_agg(a.code ORDER BY a.code) FROM operations.disruption_area da"
            + "   JOIN network.area a ON a.id = da.area_id WHERE da.disruption_id = d.id) AS area_codes"
            + " FROM operations.disruption d JOIN network.area rg ON rg.id = d.region_id";

    private static final Map<String, String> SORTABLE =
            Map.of("title", "d.title", "startedAt", "d.started_at", "status", "d.status", "severity", "d.severity");

    private final JdbcClient jdbc;
    private final Messages messages;

    OperationsRepository(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The values a disruption is written with. */
    public record Row(
            String kind,
            String title,
            String description,
            String severity,
            long leadActorId,
            long regionId,
            Long riskScenarioId,
            boolean publicAlert,
            String publicSummary,
            OffsetDateTime startedAt,
            List<Long> areaIds) {}

    public PageResult<DisruptionView> list(
            String status, String kind, String regionPath, String text, PageParams paging) {
        return SqlFilter.create()
                .and("d.status = :status", "status", status)
                .and("d.kind = :kind", "kind", kind)
                .and("rg.path LIKE :region", "region", SqlFilter.startsWith(regionPath))
                .and("d.title ILIKE :text", "text", SqlFilter.contains(text))
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM operations.disruption d JOIN network.area rg ON rg.id = d.region_id",
                        paging,
                        SORTABLE,
                        "d.started_at DESC, d.id DESC",
                        (rs, n) -> map(rs));
    }

    public Optional<DisruptionView> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Locks the disruption's row for a change of its status. */
    public Optional<String> lockStatus(long id) {
        return jdbc.sql("SELECT status FROM operations.disruption WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional();
    }

    public long insert(Row r, String status) {
        long id = jdbc.sql("""
                        INSERT INTO operations.disruption (kind, title, description, severity, status, lead_actor_id,
                          region_id, risk_scenario_id, public_alert, public_summary, started_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.kind(),
                        r.title(),
                        r.description(),
                        r.severity(),
                        status,
                        r.leadActorId(),
                        r.regionId(),
                        r.riskScenarioId(),
                        r.publicAlert(),
                        r.publicSummary(),
                        r.startedAt())
                .query(Long.class)
                .single();
        setAreas(id, r.areaIds());
        return id;
    }

    public boolean update(long id, long version, Row r) {
        boolean ok = jdbc.sql("""
                        UPDATE operations.disruption SET kind = ?, title = ?, description = ?, severity = ?,
                          lead_actor_id = ?, region_id = ?, risk_scenario_id = ?, public_alert = ?, public_summary = ?,
                          updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                r.kind(),
                                r.title(),
                                r.description(),
                                r.severity(),
                                r.leadActorId(),
                                r.regionId(),
                                r.riskScenarioId(),
                                r.publicAlert(),
                                r.publicSummary(),
                                id,
                                version)
                        .update()
                == 1;
        if (ok) {
            setAreas(id, r.areaIds());
        }
        return ok;
    }

    public void addAreas(long id, List<Long> areaIds) {
        for (Long a : areaIds) {
            jdbc.sql(
                            "INSERT INTO operations.disruption_area (disruption_id, area_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, a)
                    .update();
        }
        jdbc.sql("UPDATE operations.disruption SET updated_at = now(), version = version + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    private void setAreas(long id, List<Long> areaIds) {
        jdbc.sql("DELETE FROM operations.disruption_area WHERE disruption_id = ?")
                .param(id)
                .update();
        for (Long a : new HashSet<>(areaIds)) {
            jdbc.sql("INSERT INTO operations.disruption_area (disruption_id, area_id) VALUES (?, ?)")
                    .params(id, a)
                    .update();
        }
    }

    public void setStatus(long id, String status, boolean ended) {
        jdbc.sql("UPDATE operations.disruption SET status = ?, ended_at = CASE WHEN ? THEN now() ELSE NULL END,"
                        + " updated_at = now(), version = version + 1 WHERE id = ?")
                .params(status, ended, id)
                .update();
    }

    public void setSeverity(long id, String severity, String title) {
        jdbc.sql("UPDATE operations.disruption SET severity = ?, title = ?, updated_at = now(), version = version + 1"
                        + " WHERE id = ?")
                .params(severity, title, id)
                .update();
    }

    public List<Long> areaIds(long id) {
        return jdbc.sql("SELECT area_id FROM operations.disruption_area WHERE disruption_id = ? ORDER BY area_id")
                .param(id)
                .query(Long.class)
                .list();
    }

    public Set<Long> regionsWithStatus(String status) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT region_id FROM operations.disruption WHERE status = ?")
                .param(status)
                .query(Long.class)
                .list());
    }

    /** Disruptions whose alert is public and not closed, newest first, in a region (by path). */
    public List<DisruptionView> publicAlerts(String regionPath, int limit) {
        return jdbc.sql(SELECT + " WHERE d.public_alert AND d.status <> 'CLOSED' AND rg.path LIKE ?"
                        + " ORDER BY d.updated_at DESC LIMIT ?")
                .params(SqlFilter.startsWith(regionPath), limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<Long> disruptionOfCapIdentifier(String sender, String identifier) {
        return jdbc.sql("SELECT disruption_id FROM operations.cap_alert WHERE sender = ? AND identifier = ?"
                        + " AND disruption_id IS NOT NULL ORDER BY id DESC LIMIT 1")
                .params(sender, identifier)
                .query(Long.class)
                .optional();
    }

    public boolean capSeen(String sender, String identifier, String sent) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM operations.cap_alert WHERE sender = ? AND identifier = ? AND sent = ?)")
                .params(sender, identifier, sent)
                .query(Boolean.class)
                .single();
    }

    public void insertCap(
            Long disruptionId, String identifier, String sender, String sent, String msgType, String xml) {
        jdbc.sql("INSERT INTO operations.cap_alert (disruption_id, identifier, sender, sent, msg_type, xml)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(disruptionId, identifier, sender, sent, msgType, xml)
                .update();
    }

    // the situation log

    static final String LOG = """
            SELECT e.*, (SELECT min(c.id) FROM operations.log_entry c WHERE c.corrects_id = e.id) AS corrected_by
              FROM operations.log_entry e""";

    /**
     * A log entry to write: {@code message} is the key and arguments of an automatic entry (shown in
     * each reader's language), null for what a person wrote; {@code text} is the text as written.
     */
    public record LogRow(
            long disruptionId,
            String kind,
            String text,
            LocalizedText message,
            OffsetDateTime occurredAt,
            Long userId,
            String authorName,
            Long actorId,
            Double lat,
            Double lon,
            Long correctsId) {}

    public long insertLog(LogRow r) {
        return jdbc.sql("""
                        INSERT INTO operations.log_entry (disruption_id, kind, text, message, occurred_at,
                          author_user_id, author_name, author_actor_id, lat, lon, corrects_id)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.disruptionId(),
                        r.kind(),
                        r.text(),
                        r.message() == null ? null : r.message().toJson(),
                        r.occurredAt(),
                        r.userId(),
                        r.authorName(),
                        r.actorId(),
                        r.lat(),
                        r.lon(),
                        r.correctsId())
                .query(Long.class)
                .single();
    }

    public Optional<LogEntryView> logEntry(long id) {
        return jdbc.sql(LOG + " WHERE e.id = ?")
                .param(id)
                .query((rs, n) -> log(rs))
                .optional();
    }

    public PageResult<LogEntryView> log(
            long disruptionId, String kind, OffsetDateTime from, OffsetDateTime to, PageParams paging) {
        return SqlFilter.create()
                .and("e.disruption_id = :d", "d", disruptionId)
                .and("e.kind = :kind", "kind", kind)
                .and("e.occurred_at >= :from", "from", from)
                .and("e.occurred_at < :to", "to", to)
                .page(
                        jdbc,
                        LOG,
                        "SELECT count(*) FROM operations.log_entry e",
                        paging,
                        Map.of("occurredAt", "e.occurred_at", "kind", "e.kind"),
                        "e.occurred_at DESC, e.id DESC",
                        (rs, n) -> log(rs));
    }

    public List<LogEntryView> latestLog(long disruptionId, int limit) {
        return jdbc.sql(LOG + " WHERE e.disruption_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?")
                .params(disruptionId, limit)
                .query((rs, n) -> log(rs))
                .list();
    }

    public List<LogEntryView> logBetween(long disruptionId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(LOG + " WHERE e.disruption_id = ? AND e.occurred_at >= ? AND e.occurred_at <= ?"
                        + " ORDER BY e.occurred_at, e.id")
                .params(disruptionId, from, to)
                .query((rs, n) -> log(rs))
                .list();
    }

    /** Log entries in all, and tasks that no later entry corrects (closes). */
    public int[] logCounts(long disruptionId) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE e.kind = 'TASK' AND NOT EXISTS
                                 (SELECT 1 FROM operations.log_entry c WHERE c.corrects_id = e.id))
                          FROM operations.log_entry e WHERE e.disruption_id = ?""")
                .param(disruptionId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    // the event stream

    public long insertEvent(long disruptionId, String type, String itemId, String summary) {
        return jdbc.sql("INSERT INTO operations.event (disruption_id, type, item_id, summary) VALUES (?, ?, ?, ?)"
                        + " RETURNING id")
                .params(disruptionId, type, itemId, summary)
                .query(Long.class)
                .single();
    }

    public Optional<LiveEvent> event(long id) {
        return jdbc.sql("SELECT * FROM operations.event WHERE id = ?")
                .param(id)
                .query((rs, n) -> event(rs))
                .optional();
    }

    public List<LiveEvent> eventsAfter(long disruptionId, long afterId, int limit) {
        return jdbc.sql("SELECT * FROM operations.event WHERE disruption_id = ? AND id > ? ORDER BY id LIMIT ?")
                .params(disruptionId, afterId, limit)
                .query((rs, n) -> event(rs))
                .list();
    }

    public long lastEventId(long disruptionId) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM operations.event WHERE disruption_id = ?")
                .param(disruptionId)
                .query(Long.class)
                .single();
    }

    // situation reports

    public record SitrepRow(
            long id,
            long disruptionId,
            int number,
            OffsetDateTime periodStart,
            OffsetDateTime periodEnd,
            String preparedBy,
            String authorisedBy,
            String severity,
            String confidence,
            String summary,
            OffsetDateTime createdAt) {}

    public int nextSitrepNumber(long disruptionId) {
        // the disruption's row is locked by the caller, so numbers never repeat
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM operations.situation_report WHERE disruption_id = ?")
                .param(disruptionId)
                .query(Integer.class)
                .single();
    }

    public long insertSitrep(SitrepRow r) {
        return jdbc.sql("""
                        INSERT INTO operations.situation_report (disruption_id, number, period_start, period_end,
                          prepared_by, authorised_by, severity, confidence, summary)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.disruptionId(),
                        r.number(),
                        r.periodStart(),
                        r.periodEnd(),
                        r.preparedBy(),
                        r.authorisedBy(),
                        r.severity(),
                        r.confidence(),
                        r.summary())
                .query(Long.class)
                .single();
    }

    public List<SitrepRow> sitreps(long disruptionId) {
        return jdbc.sql("SELECT * FROM operations.situation_report WHERE disruption_id = ? ORDER BY number DESC")
                .param(disruptionId)
                .query((rs, n) -> sitrep(rs))
                .list();
    }

    public Optional<SitrepRow> sitrep(long disruptionId, int number) {
        return jdbc.sql("SELECT * FROM operations.situation_report WHERE disruption_id = ? AND number = ?")
                .params(disruptionId, number)
                .query((rs, n) -> sitrep(rs))
                .optional();
    }

    static SitrepRow sitrep(ResultSet rs) throws SQLException {
        return new SitrepRow(
                rs.getLong("id"),
                rs.getLong("disruption_id"),
                rs.getInt("number"),
                rs.getObject("period_start", OffsetDateTime.class),
                rs.getObject("period_end", OffsetDateTime.class),
                rs.getString("prepared_by"),
                rs.getString("authorised_by"),
                rs.getString("severity"),
                rs.getString("confidence"),
                rs.getString("summary"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    static LiveEvent event(ResultSet rs) throws SQLException {
        return new LiveEvent(
                rs.getLong("id"),
                rs.getString("disruption_id"),
                rs.getString("type"),
                rs.getString("item_id"),
                rs.getString("summary"),
                rs.getObject("at", OffsetDateTime.class));
    }

    /** A log entry as its reader reads it: an automatic entry in the reader's language. */
    LogEntryView log(ResultSet rs) throws SQLException {
        String message = rs.getString("message");
        return new LogEntryView(
                rs.getString("id"),
                rs.getString("disruption_id"),
                rs.getString("kind"),
                message == null ? rs.getString("text") : messages.text(LocalizedText.fromJson(message)),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("author_name"),
                rs.getString("author_actor_id"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lon"),
                rs.getString("corrects_id"),
                rs.getString("corrected_by"));
    }

    static DisruptionView map(ResultSet rs) throws SQLException {
        java.sql.Array codes = rs.getArray("area_codes");
        List<String> areaCodes =
                codes == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) codes.getArray()));
        Object scenario = rs.getObject("risk_scenario_id");
        return new DisruptionView(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("severity"),
                rs.getString("status"),
                rs.getString("lead_actor_id"),
                rs.getString("region_code"),
                areaCodes,
                scenario == null ? null : scenario.toString(),
                rs.getBoolean("public_alert"),
                rs.getString("public_summary"),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
