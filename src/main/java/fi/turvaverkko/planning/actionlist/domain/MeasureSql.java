package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.ProgrammeScope;
import fi.turvaverkko.shared.SqlFilter;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The measure list's SQL: its columns (area codes from the network's published view {@code
 * network.v_area}, in one query with the measures), its filters, its orders, and a row as a {@link
 * MeasureView}.
 */
final class MeasureSql {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    static final String COLUMNS = """
            m.id, m.programme_id, m.code, m.title, m.title_sv, m.description, m.description_sv,
            m.responsible_actor_id, m.partner_actor_ids, m.area_ids, m.target_groups, m.themes, m.emphasis,
            m.goal_ids, m.start_date, m.end_date, m.status, m.progress_percent, m.last_progress_on,
            m.funding_source, m.budget_year, m.plan_year_from, m.plan_year_to, m.cost_carrier_group_id,
            m.cost_carrier_actor_id, m.source_action_item_id, m.version, m.cost_years, m.cost_planned,
            m.cost_realised, m.source_type, m.source_id,
            ARRAY(SELECT a.code FROM unnest(m.area_ids) WITH ORDINALITY AS u(id, n)
                    JOIN network.v_area a ON a.id = u.id ORDER BY u.n) AS area_codes""";

    static final String FROM = " FROM planning.measure m";
    static final String SELECT = "SELECT " + COLUMNS + FROM;
    static final String COUNT = "SELECT count(*)" + FROM;

    static final Map<String, String> SORTABLE = Map.of(
            "code", "m.code",
            "title", "m.title",
            "startDate", "m.start_date",
            "endDate", "m.end_date",
            "status", "m.status",
            "emphasis", "m.emphasis",
            "progressPercent", "m.progress_percent",
            "budgetYear", "m.budget_year");

    static final String DEFAULT_ORDER = "m.programme_id, m.code, m.id";

    private MeasureSql() {}

    /**
     * The filters of the measure list, resolved. {@code areaCode} is the asked area: a measure matches
     * when one of its areas is that area or lies within it (the code is looked up in {@code
     * network.v_area} by the list's own query); {@code scope} the programmes the caller may read.
     */
    record Filter(
            String text,
            Long programmeId,
            String areaCode,
            String theme,
            String targetGroup,
            String emphasis,
            String status,
            Boolean delayed,
            Long responsibleActorId,
            Integer year,
            Long goalId,
            ProgrammeScope scope) {

        static Filter ofProgramme(long programmeId, ProgrammeScope scope) {
            return new Filter(null, programmeId, null, null, null, null, null, null, null, null, null, scope);
        }
    }

    static SqlFilter where(Filter f) {
        SqlFilter s = SqlFilter.create()
                .and(
                        "(m.title ILIKE :text OR m.title_sv ILIKE :text OR m.code ILIKE :text)",
                        "text",
                        SqlFilter.contains(f.text()))
                .and("m.programme_id = :programme", "programme", f.programmeId())
                // an area and a theme together are one key of the scope index; either alone, its own index
                .and(
                        "m.scope_keys @> ARRAY[(" + AREA_ID + ") || ':' || :scopeTheme]",
                        "scopeTheme",
                        f.areaCode() != null ? f.theme() : null)
                .and(
                        "m.themes @> CAST(:theme AS text[])",
                        "theme",
                        f.theme() != null && f.areaCode() == null ? new String[] {f.theme()} : null)
                .and(
                        "m.target_groups @> CAST(:targetGroup AS text[])",
                        "targetGroup",
                        f.targetGroup() == null ? null : new String[] {f.targetGroup()})
                .and("m.emphasis = :emphasis", "emphasis", f.emphasis())
                .and("m.status = :status", "status", f.status())
                .and("m.responsible_actor_id = :responsible", "responsible", f.responsibleActorId())
                .and("m.goal_ids @> :goal", "goal", f.goalId() == null ? null : new Long[] {f.goalId()});
        if (Boolean.TRUE.equals(f.delayed())) {
            s.and("m.end_date < :today AND m.status IN ('PLANNED', 'ONGOING')").param("today", LocalDate.now(HELSINKI));
        }
        if (f.year() != null) {
            s.and("""
                            (coalesce(m.start_date, make_date(coalesce(m.budget_year, :year), 1, 1)) <= make_date(:year, 12, 31)
                             AND coalesce(m.end_date, make_date(coalesce(m.budget_year, :year), 12, 31)) >= make_date(:year, 1, 1))""").param("year", f.year());
        }
        if (f.areaCode() != null) {
            if (f.theme() == null) {
                s.and("m.scope_area_ids @> ARRAY[(" + AREA_ID + ")]");
            }
            s.param("areaCode", f.areaCode());
        }
        return f.scope().applyTo(s, "m.programme_id");
    }

    /** The id of the asked area, as a scalar subquery of the list's query (null for an unknown code). */
    private static final String AREA_ID = "SELECT a.id FROM network.v_area a WHERE a.code = :areaCode";

    /** A row of {@link #SELECT} as the API shows it; {@code delayed} as of {@code today}. */
    static MeasureView map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        String status = rs.getString("status");
        boolean delayed = end != null && end.isBefore(today) && ("PLANNED".equals(status) || "ONGOING".equals(status));
        return new MeasureView(
                rs.getString("id"),
                rs.getString("programme_id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("title_sv"),
                rs.getString("description"),
                rs.getString("description_sv"),
                rs.getString("responsible_actor_id"),
                strings(rs.getArray("partner_actor_ids")),
                texts(rs.getArray("area_codes")),
                texts(rs.getArray("target_groups")),
                texts(rs.getArray("themes")),
                rs.getString("emphasis"),
                strings(rs.getArray("goal_ids")),
                rs.getObject("start_date", LocalDate.class),
                end,
                status,
                delayed,
                (Integer) rs.getObject("progress_percent"),
                rs.getObject("last_progress_on", LocalDate.class),
                rs.getString("funding_source"),
                (Integer) rs.getObject("budget_year"),
                (Integer) rs.getObject("plan_year_from"),
                (Integer) rs.getObject("plan_year_to"),
                rs.getString("cost_carrier_group_id"),
                rs.getString("cost_carrier_actor_id"),
                costs(rs),
                rs.getString("source_action_item_id"),
                rs.getString("source_type"),
                rs.getString("source_id"),
                rs.getLong("version"));
    }

    static List<Cost> costs(ResultSet rs) throws SQLException {
        Object[] years = (Object[]) rs.getArray("cost_years").getArray();
        if (years.length == 0) {
            return List.of();
        }
        Object[] planned = (Object[]) rs.getArray("cost_planned").getArray();
        Object[] realised = (Object[]) rs.getArray("cost_realised").getArray();
        List<Cost> list = new ArrayList<>(years.length);
        for (int i = 0; i < years.length; i++) {
            list.add(new Cost(((Number) years[i]).intValue(), (BigDecimal) planned[i], (BigDecimal) realised[i]));
        }
        return list;
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(String.valueOf(((Number) v).longValue()));
        }
        return list;
    }

    private static List<String> texts(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add((String) v);
        }
        return list;
    }

    /** Amounts as text for a numeric[] parameter (the driver binds no BigDecimal arrays); null stays null. */
    static String[] amounts(Collection<BigDecimal> values) {
        return values.stream().map(v -> v == null ? null : v.toPlainString()).toArray(String[]::new);
    }
}
