package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.ProgrammeScope;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Measures with their costs per year (the action list's {@code planning.measure}). A list is one query
 * for its page and one for its count, whatever it holds; a measure is written with its scope (its areas
 * with every area above them, and those crossed with its themes) so that a list filtered by area and
 * theme is one lookup in one index.
 */
@Repository
class MeasureRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;

    MeasureRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(template);
    }

    /**
     * A page of the list and its total in one query: the page is found on the matches' ids and sort
     * keys alone (in the default order straight from the index on programme and code) and only its rows
     * are read whole (with their area codes); the total is a count of the matches beside it, which
     * never sorts them (a count over the window sorted all 200,000 measures for an unfiltered page).
     */
    PageResult<MeasureView> list(MeasureSql.Filter f, PageParams paging) {
        SqlFilter s = MeasureSql.where(f);
        String order = paging.orderBy(MeasureSql.SORTABLE, MeasureSql.DEFAULT_ORDER);
        LocalDate today = LocalDate.now(MeasureSql.HELSINKI);
        long[] total = {-1};
        List<MeasureView> rows = jdbc.sql("SELECT " + MeasureSql.COLUMNS + ", (" + MeasureSql.COUNT + s.where()
                        + ") AS total FROM (SELECT m.id, row_number() OVER (" + order.trim() + ") AS n"
                        + MeasureSql.FROM + s.where() + order + " LIMIT :_limit OFFSET :_offset) page"
                        + " JOIN planning.measure m ON m.id = page.id ORDER BY page.n")
                .params(s.params())
                .param("_limit", paging.size())
                .param("_offset", paging.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return MeasureSql.map(rs, today);
                })
                .list();
        if (rows.isEmpty() && paging.page() > 0) {
            total[0] = jdbc.sql(MeasureSql.COUNT + s.where())
                    .params(s.params())
                    .query(Long.class)
                    .single();
        }
        return PageResult.of(rows, paging, Math.max(total[0], 0));
    }

    /** Streams every measure the filter lets through, in the list's order, without holding them all. */
    void stream(MeasureSql.Filter f, String sort, Consumer<MeasureView> each) {
        SqlFilter s = MeasureSql.where(f);
        LocalDate today = LocalDate.now(MeasureSql.HELSINKI);
        PageParams order = PageParams.of(0, 1, sort);
        streaming.query(
                MeasureSql.SELECT + s.where() + order.orderBy(MeasureSql.SORTABLE, MeasureSql.DEFAULT_ORDER),
                s.params(),
                rs -> {
                    each.accept(MeasureSql.map(rs, today));
                });
    }

    /** The years that have costs among the measures the filter lets through. */
    List<Integer> costYears(MeasureSql.Filter f) {
        SqlFilter s = MeasureSql.where(f);
        return jdbc.sql("SELECT DISTINCT y FROM planning.measure m, unnest(m.cost_years) y" + s.where() + " ORDER BY 1")
                .params(s.params())
                .query(Integer.class)
                .list();
    }

    long count(MeasureSql.Filter f) {
        SqlFilter s = MeasureSql.where(f);
        return jdbc.sql(MeasureSql.COUNT + s.where())
                .params(s.params())
                .query(Long.class)
                .single();
    }

    /** The programme of a measure or of a progress report, whoever asks; empty when gone or another type. */
    Optional<Long> programmeOf(String itemType, long id) {
        String sql = switch (itemType) {
            case "MEASURE" -> "SELECT programme_id FROM planning.measure WHERE id = ?";
            case "PROGRESS_UPDATE" -> """
                            SELECT m.programme_id FROM planning.progress_update u
                              JOIN planning.measure m ON m.id = u.measure_id WHERE u.id = ?""";
            default -> null;
        };
        return sql == null
                ? Optional.empty()
                : jdbc.sql(sql).param(id).query(Long.class).optional();
    }

    Optional<MeasureView> find(long id) {
        LocalDate today = LocalDate.now(MeasureSql.HELSINKI);
        return jdbc.sql(MeasureSql.SELECT + " WHERE m.id = ?")
                .param(id)
                .query((rs, n) -> MeasureSql.map(rs, today))
                .optional();
    }

    /** The measures among these ids in the programmes of the scope. */
    List<MeasureView> findAll(Collection<Long> ids, ProgrammeScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlFilter s = scope.applyTo(
                SqlFilter.create().and("m.id = ANY(:ids)").param("ids", ids.toArray(Long[]::new)), "m.programme_id");
        LocalDate today = LocalDate.now(MeasureSql.HELSINKI);
        return jdbc.sql(MeasureSql.SELECT + s.where())
                .params(s.params())
                .query((rs, n) -> MeasureSql.map(rs, today))
                .list();
    }

    /** The measures linked to any of the goals, in the programmes of the scope. */
    List<MeasureView> ofGoals(Collection<Long> goalIds, ProgrammeScope scope, int limit) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        SqlFilter s = scope.applyTo(
                SqlFilter.create().and("m.goal_ids && :goals").param("goals", goalIds.toArray(Long[]::new)),
                "m.programme_id");
        LocalDate today = LocalDate.now(MeasureSql.HELSINKI);
        return jdbc.sql(MeasureSql.SELECT + s.where() + " ORDER BY " + MeasureSql.DEFAULT_ORDER + " LIMIT :limit")
                .params(s.params())
                .param("limit", limit)
                .query((rs, n) -> MeasureSql.map(rs, today))
                .list();
    }

    /** How many measures each of the goals has. */
    Map<Long, Integer> countsByGoal(Collection<Long> goalIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (goalIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT g, count(*) FROM planning.measure m, unnest(m.goal_ids) g
                         WHERE m.goal_ids && :goals AND g = ANY(:goals) GROUP BY g""")
                .param("goals", goalIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The id of the area with this official code, from the network's published view. */
    Optional<Long> areaId(String code) {
        return jdbc.sql("SELECT id FROM network.v_area WHERE code = ?")
                .param(code)
                .query(Long.class)
                .optional();
    }

    /** The codes the programme's measures have. */
    Set<String> codes(long programmeId) {
        return new HashSet<>(jdbc.sql("SELECT code FROM planning.measure WHERE programme_id = ? AND code IS NOT NULL")
                .param(programmeId)
                .query(String.class)
                .list());
    }

    boolean hasSourceActionItem(long actionItemId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM planning.measure WHERE source_action_item_id = ?)")
                .param(actionItemId)
                .query(Boolean.class)
                .single();
    }

    /** Has a measure already been made from this source of another module? */
    boolean hasSource(String sourceType, String sourceId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM planning.measure WHERE source_type = ? AND source_id = ?)")
                .params(sourceType, sourceId)
                .query(Boolean.class)
                .single();
    }

    long insert(MeasureRow r, Scope scope) {
        return jdbc.sql("""
                        INSERT INTO planning.measure (programme_id, code, title, title_sv, description, description_sv,
                          responsible_actor_id, partner_actor_ids, area_ids, target_groups, themes, emphasis, goal_ids,
                          start_date, end_date, status, progress_percent, funding_source, budget_year, plan_year_from,
                          plan_year_to, cost_carrier_group_id, cost_carrier_actor_id, source_action_item_id,
                          scope_area_ids, scope_keys, cost_years, cost_planned, cost_realised, source_type, source_id)
                        VALUES (:programme, :code, :title, :titleSv, :description, :descriptionSv, :responsible,
                          :partners, :areas, CAST(:targetGroups AS text[]), CAST(:themes AS text[]), :emphasis, :goals,
                          :start, :end, :status,
                          :progress, :funding, :budgetYear, :planFrom, :planTo, :carrierGroup, :carrierActor, :source,
                          :scopeAreas, CAST(:scopeKeys AS text[]), CAST(:costYears AS int[]),
                          CAST(:costPlanned AS numeric[]), CAST(:costRealised AS numeric[]), :sourceType, :sourceId)
                        RETURNING id""")
                .params(params(r, scope))
                .param("source", r.sourceActionItemId())
                .param("sourceType", r.sourceType())
                .param("sourceId", r.sourceId())
                .param("progress", r.progressPercent())
                .query(Long.class)
                .single();
    }

    boolean update(long id, long version, MeasureRow r, Scope scope) {
        return jdbc.sql("""
                        UPDATE planning.measure SET code = :code, title = :title, title_sv = :titleSv,
                          description = :description, description_sv = :descriptionSv, responsible_actor_id = :responsible,
                          partner_actor_ids = :partners, area_ids = :areas,
                          target_groups = CAST(:targetGroups AS text[]), themes = CAST(:themes AS text[]), emphasis = :emphasis, goal_ids = :goals, start_date = :start,
                          end_date = :end, status = :status, funding_source = :funding, budget_year = :budgetYear,
                          plan_year_from = :planFrom, plan_year_to = :planTo, cost_carrier_group_id = :carrierGroup,
                          cost_carrier_actor_id = :carrierActor, scope_area_ids = :scopeAreas,
                          scope_keys = CAST(:scopeKeys AS text[]), cost_years = CAST(:costYears AS int[]),
                          cost_planned = CAST(:costPlanned AS numeric[]), cost_realised = CAST(:costRealised AS numeric[]),
                          updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                        .params(params(r, scope))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM planning.measure WHERE id = ?").param(id).update();
    }

    /** The measures forget deleted goals; answers how many measures changed. */
    int forgetGoals(Collection<Long> goalIds) {
        return jdbc.sql("""
                        UPDATE planning.measure
                           SET goal_ids = ARRAY(SELECT x FROM unnest(goal_ids) x WHERE x <> ALL(:ids)),
                               version = version + 1, updated_at = now()
                         WHERE goal_ids && :ids""").param("ids", goalIds.toArray(Long[]::new)).update();
    }

    /** The measure's costs, its row locked until the transaction ends (two reports cannot lose one). */
    MeasureCosts lockCosts(long measureId) {
        return MeasureCosts.of(
                jdbc.sql("SELECT cost_years, cost_planned, cost_realised FROM planning.measure WHERE id = ? FOR UPDATE")
                        .param(measureId)
                        .query((rs, n) -> MeasureSql.costs(rs))
                        .single());
    }

    void setCosts(long measureId, MeasureCosts costs) {
        List<Cost> list = costs.list();
        jdbc.sql("""
                        UPDATE planning.measure SET cost_years = CAST(:years AS int[]),
                          cost_planned = CAST(:planned AS numeric[]), cost_realised = CAST(:realised AS numeric[])
                        WHERE id = :id""")
                .param("years", list.stream().map(Cost::year).toArray(Integer[]::new))
                .param(
                        "planned",
                        MeasureSql.amounts(list.stream().map(Cost::planned).toList()))
                .param(
                        "realised",
                        MeasureSql.amounts(list.stream().map(Cost::realised).toList()))
                .param("id", measureId)
                .update();
    }

    /** The areas of a measure with every area above them, and those crossed with its themes. */
    record Scope(List<Long> areaIds, List<String> keys) {

        static Scope of(MeasureRow r, Lookups lookups) {
            Set<Long> ids = new TreeSet<>();
            for (Long areaId : r.areaIds()) {
                ids.addAll(lookups.ancestry(areaId));
            }
            List<String> keys = new java.util.ArrayList<>(
                    ids.size() * Math.max(1, r.themes().size()));
            for (Long id : ids) {
                for (String theme : r.themes()) {
                    keys.add(id + ":" + theme);
                }
            }
            return new Scope(List.copyOf(ids), keys);
        }
    }

    private static Map<String, Object> params(MeasureRow r, Scope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("scopeAreas", scope.areaIds().toArray(Long[]::new));
        p.put("scopeKeys", scope.keys().toArray(String[]::new));
        p.put("programme", r.programmeId());
        p.put("code", r.code());
        p.put("title", r.title());
        p.put("titleSv", r.titleSv());
        p.put("description", r.description());
        p.put("descriptionSv", r.descriptionSv());
        p.put("responsible", r.responsibleActorId());
        p.put("partners", r.partnerActorIds().toArray(Long[]::new));
        p.put("areas", r.areaIds().toArray(Long[]::new));
        p.put("targetGroups", r.targetGroups().toArray(String[]::new));
        p.put("themes", r.themes().toArray(String[]::new));
        p.put("emphasis", r.emphasis());
        p.put("goals", r.goalIds().toArray(Long[]::new));
        p.put("start", r.startDate());
        p.put("end", r.endDate());
        p.put("status", r.status());
        p.put("funding", r.fundingSource());
        p.put("budgetYear", r.budgetYear());
        p.put("planFrom", r.planYearFrom());
        p.put("planTo", r.planYearTo());
        p.put("carrierGroup", r.costCarrierGroupId());
        p.put("carrierActor", r.costCarrierActorId());
        p.put("costYears", r.costs().stream().map(Cost::year).toArray(Integer[]::new));
        p.put(
                "costPlanned",
                MeasureSql.amounts(r.costs().stream().map(Cost::planned).toList()));
        p.put(
                "costRealised",
                MeasureSql.amounts(r.costs().stream().map(Cost::realised).toList()));
        return p;
    }
}
