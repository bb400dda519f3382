package fi.turvaverkko.planning.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.ProgressView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Measures with their costs per year and their progress updates. */
@Repository
public class MeasureRepository {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    static final String COLUMNS = """
            m.id, m.programme_id, m.code, m.title, m.title_sv, m.description, m.description_sv,
            m.responsible_actor_id, m.partner_actor_ids, m.area_ids, m.target_groups, m.themes, m.emphasis,
            m.goal_ids, m.start_date, m.end_date, m.status, m.progress_percent, m.last_progress_on,
            m.funding_source, m.budget_year, m.plan_year_from, m.plan_year_to, m.cost_carrier_group_id,
            m.cost_carrier_actor_id, m.source_action_item_id, m.version, m.cost_years, m.cost_planned,
            m.cost_realised, m.source_type, m.source_id""";

    static final String SELECT = "SELECT " + COLUMNS + " FROM planning.measure m";

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "m.code",
            "title", "m.title",
            "startDate", "m.start_date",
            "endDate", "m.end_date",
            "status", "m.status",
            "emphasis", "m.emphasis",
            "progressPercent", "m.progress_percent",
            "budgetYear", "m.budget_year");

    private static final String DEFAULT_ORDER = "m.programme_id, m.code, m.id";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DataSource dataSource;
    private final Areas areas;

    MeasureRepository(JdbcClient jdbc, DataSource dataSource, Areas areas) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.areas = areas;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        this.named = new NamedParameterJdbcTemplate(streaming);
    }

    /**
     * The filters of the measure list. {@code areaId} is the asked area: a measure matches when one of
     * its areas is that area or lies within it; {@code hidden} the restricted programmes the caller may
     * not read.
     */
    public record Filter(
            String text,
            Long programmeId,
            Long areaId,
            String theme,
            String targetGroup,
            String emphasis,
            String status,
            Boolean delayed,
            Long responsibleActorId,
            Integer year,
            Long goalId,
            Collection<Long> programmeIds,
            Collection<Long> hidden) {

        public static Filter ofProgramme(long programmeId, Collection<Long> hidden) {
            return new Filter(null, programmeId, null, null, null, null, null, null, null, null, null, null, hidden);
        }
    }

    private static SqlFilter filter(Filter f) {
        LocalDate today = LocalDate.now(HELSINKI);
        SqlFilter s = SqlFilter.create()
                .and(
                        "(m.title ILIKE :text OR m.title_sv ILIKE :text OR m.code ILIKE :text)",
                        "text",
                        f.text() == null || f.text().isBlank()
                                ? null
                                : "%" + f.text().trim() + "%")
                .and("m.programme_id = :programme", "programme", f.programmeId())
                .and(
                        "m.programme_id = ANY(:programmes)",
                        "programmes",
                        f.programmeIds() == null ? null : f.programmeIds().toArray(Long[]::new))
                // an area and a theme together are one key of the scope index; either alone, its own index
                .and(
                        "m.scope_keys @> CAST(:scopeKey AS text[])",
                        "scopeKey",
                        f.areaId() != null && f.theme() != null ? new String[] {f.areaId() + ":" + f.theme()} : null)
                .and(
                        "m.scope_area_ids @> :scopeArea",
                        "scopeArea",
                        f.areaId() != null && f.theme() == null ? new Long[] {f.areaId()} : null)
                .and(
                        "m.themes @> CAST(:theme AS text[])",
                        "theme",
                        f.theme() != null && f.areaId() == null ? new String[] {f.theme()} : null)
                .and(
                        "m.target_groups @> CAST(:targetGroup AS text[])",
                        "targetGroup",
                        f.targetGroup() == null ? null : new String[] {f.targetGroup()})
                .and("m.emphasis = :emphasis", "emphasis", f.emphasis())
                .and("m.status = :status", "status", f.status())
                .and("m.responsible_actor_id = :responsible", "responsible", f.responsibleActorId())
                .and("m.goal_ids @> :goal", "goal", f.goalId() == null ? null : new Long[] {f.goalId()})
                .and(
                        "m.programme_id <> ALL(:hidden)",
                        "hidden",
                        f.hidden() == null || f.hidden().isEmpty()
                                ? null
                                : f.hidden().toArray(Long[]::new));
        if (Boolean.TRUE.equals(f.delayed())) {
            s.and("m.end_date < :today AND m.status IN ('PLANNED', 'ONGOING')").param("today", today);
        }
        if (f.year() != null) {
            s.and("""
                            (coalesce(m.start_date, make_date(coalesce(m.budget_year, :year), 1, 1)) <= make_date(:year, 12, 31)
                             AND coalesce(m.end_date, make_date(coalesce(m.budget_year, :year), 12, 31)) >= make_date(:year, 1, 1))""").param("year", f.year());
        }
        return s;
    }

    public PageResult<MeasureView> list(Filter f, PageParams paging) {
        LocalDate today = LocalDate.now(HELSINKI);
        return filter(f)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM planning.measure m",
                        paging,
                        SORTABLE,
                        DEFAULT_ORDER,
                        (rs, n) -> map(rs, today));
    }

    /** Streams every measure the filter lets through, in the list's order, without holding them all. */
    public void stream(Filter f, String sort, Consumer<MeasureView> each) {
        SqlFilter s = filter(f);
        LocalDate today = LocalDate.now(HELSINKI);
        PageParams order = PageParams.of(0, 1, sort);
        named.query(SELECT + s.where() + order.orderBy(SORTABLE, DEFAULT_ORDER), s.params(), rs -> {
            each.accept(map(rs, today));
        });
    }

    /** The years that have costs among the measures the filter lets through. */
    public List<Integer> costYears(Filter f) {
        SqlFilter s = filter(f);
        return jdbc.sql("SELECT DISTINCT y FROM planning.measure m, unnest(m.cost_years) y" + s.where() + " ORDER BY 1")
                .params(s.params())
                .query(Integer.class)
                .list();
    }

    public long count(Filter f) {
        SqlFilter s = filter(f);
        return jdbc.sql("SELECT count(*) FROM planning.measure m" + s.where())
                .params(s.params())
                .query(Long.class)
                .single();
    }

    public Optional<MeasureView> find(long id) {
        LocalDate today = LocalDate.now(HELSINKI);
        return jdbc.sql(SELECT + " WHERE m.id = ?")
                .param(id)
                .query((rs, n) -> map(rs, today))
                .optional();
    }

    /** The measures linked to any of the goals, without the hidden programmes' ones. */
    public List<MeasureView> ofGoals(Collection<Long> goalIds, Collection<Long> hidden, int limit) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(HELSINKI);
        return jdbc.sql(SELECT + " WHERE m.goal_ids && :goals AND m.programme_id <> ALL(:hidden) ORDER BY "
                        + DEFAULT_ORDER + " LIMIT :limit")
                .param("goals", goalIds.toArray(Long[]::new))
                .param("hidden", hidden.toArray(Long[]::new))
                .param("limit", limit)
                .query((rs, n) -> map(rs, today))
                .list();
    }

    /** How many measures each goal of a programme has. */
    public Map<Long, Integer> measureCountsByGoal(Collection<Long> goalIds) {
        Map<Long, Integer> counts = new java.util.HashMap<>();
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

    /** The codes the programme's measures have. */
    public java.util.Set<String> codes(long programmeId) {
        return new java.util.HashSet<>(
                jdbc.sql("SELECT code FROM planning.measure WHERE programme_id = ? AND code IS NOT NULL")
                        .param(programmeId)
                        .query(String.class)
                        .list());
    }

    public Optional<Long> findByCode(long programmeId, String code) {
        return jdbc.sql("SELECT id FROM planning.measure WHERE programme_id = ? AND code = ?")
                .params(programmeId, code)
                .query(Long.class)
                .optional();
    }

    public boolean hasSourceActionItem(long actionItemId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM planning.measure WHERE source_action_item_id = ?)")
                .param(actionItemId)
                .query(Boolean.class)
                .single();
    }

    /** Has a measure already been made from this source of another module? */
    public boolean hasSource(String sourceType, String sourceId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM planning.measure WHERE source_type = ? AND source_id = ?)")
                .params(sourceType, sourceId)
                .query(Boolean.class)
                .single();
    }

    public long insert(MeasureRow r) {
        long id = jdbc.sql("""
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
                .params(params(r))
                .param("source", r.sourceActionItemId())
                .param("sourceType", r.sourceType())
                .param("sourceId", r.sourceId())
                .param("progress", r.progressPercent())
                .query(Long.class)
                .single();
        return id;
    }

    public boolean update(long id, long version, MeasureRow r) {
        boolean ok = jdbc.sql("""
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
                        .params(params(r))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
        return ok;
    }

    /** The areas of the measure with every area above them, and those crossed with its themes. */
    record Scope(List<Long> areaIds, List<String> keys) {}

    Scope scope(MeasureRow r) {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (Long areaId : r.areaIds()) {
            for (AreaView a : areas.ancestry(areaId)) {
                ids.add(Long.valueOf(a.id()));
            }
        }
        List<String> keys = new ArrayList<>(ids.size() * Math.max(1, r.themes().size()));
        for (Long id : ids) {
            for (String theme : r.themes()) {
                keys.add(id + ":" + theme);
            }
        }
        return new Scope(new ArrayList<>(ids), keys);
    }

    private Map<String, Object> params(MeasureRow r) {
        Scope scope = scope(r);
        Map<String, Object> p = new java.util.HashMap<>();
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
        p.put("costPlanned", amounts(r.costs().stream().map(Cost::planned).toList()));
        p.put("costRealised", amounts(r.costs().stream().map(Cost::realised).toList()));
        return p;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM planning.measure WHERE id = ?").param(id).update();
    }

    // progress

    public List<ProgressView> progress(long measureId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM planning.progress_update WHERE measure_id = ?
                         ORDER BY reported_on DESC, id DESC LIMIT ?""")
                .params(measureId, limit)
                .query((rs, n) -> mapProgress(rs))
                .list();
    }

    public Optional<ProgressView> progressUpdate(long id) {
        return jdbc.sql("SELECT * FROM planning.progress_update WHERE id = ?")
                .param(id)
                .query((rs, n) -> mapProgress(rs))
                .optional();
    }

    /**
     * Adds a progress update. The measure takes its status, and its percent and date when it is the
     * latest update; a realised cost is added to that year's realised cost.
     */
    public long insertProgress(long measureId, ProgressView p, String by) {
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
        if (p.realisedCost() != null && p.realisedCost().signum() > 0) {
            addRealised(measureId, p.date().getYear(), p.realisedCost());
        }
        return id;
    }

    /** Adds to one year's realised cost; the row is locked so that two updates cannot lose one. */
    private void addRealised(long measureId, int year, BigDecimal amount) {
        List<Cost> costs = jdbc.sql(
                        "SELECT cost_years, cost_planned, cost_realised FROM planning.measure WHERE id = ? FOR UPDATE")
                .param(measureId)
                .query((rs, n) -> costs(rs))
                .single();
        List<Cost> next = new ArrayList<>();
        boolean added = false;
        for (Cost c : costs) {
            if (c.year() == year) {
                next.add(new Cost(
                        year,
                        c.planned(),
                        c.realised() == null ? amount : c.realised().add(amount)));
                added = true;
            } else {
                next.add(c);
            }
        }
        if (!added) {
            next.add(new Cost(year, null, amount));
            next.sort(java.util.Comparator.comparing(Cost::year));
        }
        jdbc.sql("""
                        UPDATE planning.measure SET cost_years = CAST(:years AS int[]),
                          cost_planned = CAST(:planned AS numeric[]), cost_realised = CAST(:realised AS numeric[])
                        WHERE id = :id""")
                .param("years", next.stream().map(Cost::year).toArray(Integer[]::new))
                .param("planned", amounts(next.stream().map(Cost::planned).toList()))
                .param("realised", amounts(next.stream().map(Cost::realised).toList()))
                .param("id", measureId)
                .update();
    }

    /** Amounts as text for a numeric[] parameter (the driver binds no BigDecimal arrays); null stays null. */
    private static String[] amounts(List<BigDecimal> values) {
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i) == null ? null : values.get(i).toPlainString();
        }
        return out;
    }

    // bulk loading (import)

    /** Ids for {@code n} new measures, taken from the sequence in one round trip. */
    public List<Long> reserveIds(int n) {
        return jdbc.sql("SELECT nextval('planning.measure_id_seq') FROM generate_series(1, ?)")
                .param(n)
                .query(Long.class)
                .list();
    }

    /** Writes measures with given ids and their costs with PostgreSQL COPY, in the current transaction. */
    public void copyIn(List<Long> ids, List<MeasureRow> rows) {
        // a bulk load fills the GIN indexes' pending lists and leaves merging them to autovacuum
        jdbc.sql("SET LOCAL gin_pending_list_limit = '64MB'").update();
        // Everything a row needs is looked up before the COPY starts: while it runs, the transaction's
        // connection belongs to it, and a query on it (an area's ancestry, once the area directory's
        // snapshot had expired) waited for the COPY, which waited for the row: an import hung forever.
        List<Scope> scopes = new ArrayList<>(rows.size());
        for (MeasureRow r : rows) {
            scopes.add(scope(r));
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
    private final class RowsReader extends java.io.Reader {
        private final List<Long> ids;
        private final List<MeasureRow> rows;
        private final List<Scope> scopes;
        private final StringBuilder buffer = new StringBuilder(4096);
        private int next;
        private int position;

        RowsReader(List<Long> ids, List<MeasureRow> rows, List<Scope> scopes) {
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

    private static void appendMeasure(StringBuilder b, long id, MeasureRow r, Scope scope) {
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

    // mapping

    MeasureView map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate end = rs.getObject("end_date", LocalDate.class);
        String status = rs.getString("status");
        boolean delayed = end != null && end.isBefore(today) && ("PLANNED".equals(status) || "ONGOING".equals(status));
        List<String> areaCodes = new ArrayList<>();
        for (Long areaId : longs(rs.getArray("area_ids"))) {
            areas.find(areaId).map(AreaView::code).ifPresent(areaCodes::add);
        }
        return new MeasureView(
                rs.getString("id"),
                rs.getString("programme_id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("title_sv"),
                rs.getString("description"),
                rs.getString("description_sv"),
                rs.getString("responsible_actor_id"),
                strings(longs(rs.getArray("partner_actor_ids"))),
                areaCodes,
                texts(rs.getArray("target_groups")),
                texts(rs.getArray("themes")),
                rs.getString("emphasis"),
                strings(longs(rs.getArray("goal_ids"))),
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

    private static List<Long> longs(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<Long> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(((Number) v).longValue());
        }
        return list;
    }

    private static List<String> strings(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
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

    static ProgressView mapProgress(ResultSet rs) throws SQLException {
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
