package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.ProgrammeScope;
import fi.turvaverkko.shared.SqlFilter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of the measures' planned and realised costs by cost carrier, year and emphasis. */
@Repository
class BudgetRepository {

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One sum: a cost carrier (a group, an actor or neither), a year, an emphasis, the planned cost of
     * the measures that are not cancelled, the realised cost of all, and how many measures.
     */
    record Sum(
            Long carrierGroupId,
            Long carrierActorId,
            int year,
            String emphasis,
            BigDecimal planned,
            BigDecimal realised,
            int measures) {}

    /** How many measures with costs each cost carrier has ({@code G<id>}, {@code A<id>} or {@code -}). */
    Map<String, Integer> measureCounts(long areaId, Long programmeId, ProgrammeScope scope) {
        SqlFilter f = filter(areaId, programmeId, scope).and("cardinality(m.cost_years) > 0");
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT coalesce('G' || m.cost_carrier_group_id, 'A' || m.cost_carrier_actor_id, '-') AS carrier,
                               count(*) AS measures
                          FROM planning.measure m""" + f.where() + " GROUP BY 1")
                .params(f.params())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<Sum> sums(long areaId, Long programmeId, ProgrammeScope scope) {
        SqlFilter f = filter(areaId, programmeId, scope);
        return jdbc.sql("""
                        SELECT m.cost_carrier_group_id, m.cost_carrier_actor_id, c.year, m.emphasis,
                               coalesce(sum(c.planned) FILTER (WHERE m.status <> 'CANCELLED'), 0) AS planned,
                               coalesce(sum(c.realised), 0) AS realised,
                               count(DISTINCT m.id) AS measures
                          FROM planning.measure m
                         CROSS JOIN LATERAL unnest(m.cost_years, m.cost_planned, m.cost_realised) AS c(year, planned, realised)""" + f.where() + " GROUP BY 1, 2, 3, 4 ORDER BY 3")
                .params(f.params())
                .query((rs, n) -> new Sum(
                        (Long) rs.getObject(1),
                        (Long) rs.getObject(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7)))
                .list();
    }

    /**
     * The measures of the given (restricted) programmes whose costs the sums above add up, for the
     * audit log: a sum handed to the caller reads them.
     */
    List<Long> withCosts(long areaId, Long programmeId, ProgrammeScope scope, java.util.Collection<Long> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        SqlFilter f = filter(areaId, programmeId, scope)
                .and("cardinality(m.cost_years) > 0")
                .and("m.programme_id = ANY(:restricted)", "restricted", programmes.toArray(Long[]::new));
        return jdbc.sql("SELECT m.id FROM planning.measure m" + f.where() + " ORDER BY m.id")
                .params(f.params())
                .query(Long.class)
                .list();
    }

    /** The measures concerning the area (or an area within it), of the programme if one is given. */
    private static SqlFilter filter(long areaId, Long programmeId, ProgrammeScope scope) {
        SqlFilter f = SqlFilter.create()
                .and("m.scope_area_ids @> :areas", "areas", new Long[] {areaId})
                .and("m.programme_id = :programme", "programme", programmeId);
        return scope.applyTo(f, "m.programme_id");
    }
}
