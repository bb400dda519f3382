package fi.turvaverkko.analysis.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the views the other modules publish for analysis (ADR 0007), and keeps what people decided
 * about findings. Nothing here reads another module's tables.
 */
@Repository
public class AnalysisRepository {

    private final JdbcClient jdbc;

    AnalysisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A measure of a public programme, as planning publishes it, with its actor's sector. */
    public record MeasureRow(
            long id,
            long programmeId,
            String title,
            String titleSv,
            String description,
            String descriptionSv,
            long responsibleActorId,
            String actorName,
            String actorSector,
            long[] areaIds,
            long[] goalIds,
            List<String> themes,
            List<String> targetGroups,
            String emphasis,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            Integer progressPercent,
            LocalDate lastProgressOn) {

        /** Planned or ongoing, and not past its end. */
        public boolean active(LocalDate today) {
            return ("PLANNED".equals(status) || "ONGOING".equals(status))
                    && (endDate == null || !endDate.isBefore(today));
        }

        /** Running at some time during the year. */
        public boolean during(int year) {
            return (startDate == null || startDate.getYear() <= year) && (endDate == null || endDate.getYear() >= year);
        }

        public String text() {
            return title + (description == null ? "" : ". " + description);
        }

        /** Equal by content, the arrays too: data read again and found the same keeps what was computed. */
        @Override
        public boolean equals(Object o) {
            return o instanceof MeasureRow m
                    && id == m.id
                    && programmeId == m.programmeId
                    && responsibleActorId == m.responsibleActorId
                    && java.util.Arrays.equals(areaIds, m.areaIds)
                    && java.util.Arrays.equals(goalIds, m.goalIds)
                    && java.util.Objects.equals(title, m.title)
                    && java.util.Objects.equals(titleSv, m.titleSv)
                    && java.util.Objects.equals(description, m.description)
                    && java.util.Objects.equals(descriptionSv, m.descriptionSv)
                    && java.util.Objects.equals(actorName, m.actorName)
                    && java.util.Objects.equals(actorSector, m.actorSector)
                    && java.util.Objects.equals(themes, m.themes)
                    && java.util.Objects.equals(targetGroups, m.targetGroups)
                    && java.util.Objects.equals(emphasis, m.emphasis)
                    && java.util.Objects.equals(startDate, m.startDate)
                    && java.util.Objects.equals(endDate, m.endDate)
                    && java.util.Objects.equals(status, m.status)
                    && java.util.Objects.equals(progressPercent, m.progressPercent)
                    && java.util.Objects.equals(lastProgressOn, m.lastProgressOn);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(id) * 31 + java.util.Objects.hash(title, status, endDate);
        }

        @Override
        public String toString() {
            return "MeasureRow[" + id + ", " + title + "]";
        }
    }

    public List<MeasureRow> measures() {
        return jdbc.sql("""
                        SELECT m.id, m.programme_id, m.title, m.title_sv, m.description, m.description_sv,
                               m.responsible_actor_id, a.name AS actor_name, a.sector, m.area_ids, m.goal_ids, m.themes,
                               m.target_groups, m.emphasis, m.start_date, m.end_date, m.status, m.progress_percent,
                               m.last_progress_on
                        FROM planning.measure_view m JOIN network.actor a ON a.id = m.responsible_actor_id""")
                .query((rs, n) -> new MeasureRow(
                        rs.getLong("id"),
                        rs.getLong("programme_id"),
                        rs.getString("title"),
                        rs.getString("title_sv"),
                        rs.getString("description"),
                        rs.getString("description_sv"),
                        rs.getLong("responsible_actor_id"),
                        rs.getString("actor_name"),
                        rs.getString("sector"),
                        longs(rs.getArray("area_ids")),
                        longs(rs.getArray("goal_ids")),
                        strings(rs.getArray("themes")),
                        strings(rs.getArray("target_groups")),
                        rs.getString("emphasis"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("status"),
                        (Integer) rs.getObject("progress_percent"),
                        rs.getObject("last_progress_on", LocalDate.class)))
                .list();
    }

    /** A risk scenario as the risks module publishes it, with its areas, themes, needs and mitigations. */
    public record ScenarioRow(
            long id,
            String title,
            String titleSv,
            String titleEn,
            String category,
            double score,
            Double residualScore,
            boolean restricted,
            LocalDate reviewDate,
            long regionId,
            int likelihood,
            double meanImpact,
            List<Long> areaIds,
            List<String> themes,
            List<String> resourceTypes,
            List<Long> measureIds) {}

    public List<ScenarioRow> scenarios() {
        Map<Long, List<Long>> areas = pairsLong("SELECT scenario_id, area_id FROM risks.v_scenario_area");
        Map<Long, List<String>> themes = pairsText("SELECT scenario_id, theme FROM risks.v_scenario_theme");
        Map<Long, List<String>> needs =
                pairsText("SELECT scenario_id, resource_type FROM risks.v_scenario_resource_type");
        Map<Long, List<Long>> measures = pairsLong("SELECT scenario_id, measure_id FROM risks.v_scenario_measure");
        return jdbc.sql("""
                        SELECT id, title, title_sv, title_en, category, score, residual_score, restricted, review_date,
                               region_id, likelihood, mean_impact FROM risks.v_scenario""")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new ScenarioRow(
                            id,
                            rs.getString("title"),
                            rs.getString("title_sv"),
                            rs.getString("title_en"),
                            rs.getString("category"),
                            rs.getDouble("score"),
                            rs.getObject("residual_score") == null ? null : rs.getDouble("residual_score"),
                            rs.getBoolean("restricted"),
                            rs.getObject("review_date", LocalDate.class),
                            rs.getLong("region_id"),
                            rs.getInt("likelihood"),
                            rs.getDouble("mean_impact"),
                            areas.getOrDefault(id, List.of()),
                            themes.getOrDefault(id, List.of()),
                            needs.getOrDefault(id, List.of()),
                            measures.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** An indicator's latest change in an area. */
    public record TrendRow(String code, long areaId, String polarity, int latestYear, double latest, Double previous) {}

    public List<TrendRow> worseningTrends() {
        return jdbc.sql("""
                        SELECT indicator_code, area_id, polarity, latest_year, latest_value, previous_value
                        FROM indicators.v_indicator_trend WHERE direction = 'WORSENING'""")
                .query((rs, n) -> new TrendRow(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getDouble(5),
                        rs.getObject(6) == null ? null : rs.getDouble(6)))
                .list();
    }

    /** Available units of a resource type at a place (no contacts, no owners). */
    public record ResourceRow(String type, Long areaId, Double lat, Double lon, double quantity) {}

    public List<ResourceRow> availableResources() {
        return jdbc.sql("""
                        SELECT resource_type_code, area_id, lat, lon, quantity FROM resources.v_resource_availability
                        WHERE availability <> 'UNAVAILABLE' AND quantity > 0""")
                .query((rs, n) -> new ResourceRow(
                        rs.getString(1),
                        (Long) rs.getObject(2),
                        (Double) rs.getObject(3),
                        (Double) rs.getObject(4),
                        rs.getDouble(5)))
                .list();
    }

    /** A goal of a public programme, with its links and measures counted. */
    public record GoalRow(
            long id,
            long programmeId,
            Long parentId,
            String title,
            String titleSv,
            long linksUp,
            long linksDown,
            String programmeKind,
            String programmeName,
            Long programmeAreaId) {}

    public List<GoalRow> goals() {
        return jdbc.sql("""
                        SELECT g.id, g.programme_id, g.parent_id, g.title, g.title_sv, g.links_up, g.links_down,
                               p.kind, p.name, p.area_id
                        FROM planning.goal_view g JOIN planning.programme_view p ON p.id = g.programme_id
                        WHERE p.status <> 'ARCHIVED'""")
                .query((rs, n) -> new GoalRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9),
                        (Long) rs.getObject(10)))
                .list();
    }

    public Map<String, List<String>> indicatorThemes() {
        Map<String, List<String>> map = new HashMap<>();
        jdbc.sql("SELECT indicator_code, theme FROM analysis.indicator_theme")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e ->
                        map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return map;
    }

    public void addIndicatorTheme(String code, String theme) {
        jdbc.sql("INSERT INTO analysis.indicator_theme (indicator_code, theme) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(code, theme)
                .update();
    }

    public long indicatorThemeCount() {
        return jdbc.sql("SELECT count(*) FROM analysis.indicator_theme")
                .query(Long.class)
                .single();
    }

    /** What someone decided about a finding. */
    public record Decision(
            String key, String status, String reason, String decidedBy, OffsetDateTime decidedAt, long version) {}

    public Map<String, Decision> decisions() {
        Map<String, Decision> map = new HashMap<>();
        jdbc.sql("SELECT finding_key, status, reason, decided_by, decided_at, version FROM analysis.finding_status")
                .query((rs, n) -> decision(rs))
                .list()
                .forEach(d -> map.put(d.key(), d));
        return map;
    }

    public Optional<Decision> decision(String key) {
        return jdbc.sql(
                        "SELECT finding_key, status, reason, decided_by, decided_at, version FROM analysis.finding_status"
                                + " WHERE finding_key = ?")
                .param(key)
                .query((rs, n) -> decision(rs))
                .optional();
    }

    public void decide(String key, String status, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO analysis.finding_status (finding_key, status, reason, decided_by)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (finding_key) DO UPDATE SET status = excluded.status, reason = excluded.reason,
                          decided_by = excluded.decided_by, decided_at = now(), version = analysis.finding_status.version + 1""").params(key, status, reason, by).update();
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class),
                rs.getLong(6));
    }

    private Map<Long, List<Long>> pairsLong(String sql) {
        Map<Long, List<Long>> map = new HashMap<>();
        jdbc.sql(sql)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .forEach(p -> map.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
        return map;
    }

    private Map<Long, List<String>> pairsText(String sql) {
        Map<Long, List<String>> map = new HashMap<>();
        jdbc.sql(sql)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(e ->
                        map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return map;
    }

    private static long[] longs(Array a) throws SQLException {
        if (a == null) {
            return new long[0];
        }
        Object[] values = (Object[]) a.getArray();
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).longValue();
        }
        return out;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null
                ? List.of()
                : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }
}
