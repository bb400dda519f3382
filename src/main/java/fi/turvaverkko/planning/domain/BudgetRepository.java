package fi.turvaverkko.planning.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of the measures' planned and realised costs by cost carrier, year and emphasis. */
@Repository
public class BudgetRepository {

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One sum: a cost carrier (a group, an actor or neither), a year, an emphasis, the planned cost of
     * the measures that are not cancelled, the realised cost of all, and how many measures.
     */
    public record Sum(
            Long carrierGroupId,
            Long carrierActorId,
            int year,
            String emphasis,
            BigDecimal planned,
            BigDecimal realised,
            int measures) {}

    /** How many measures with costs each cost carrier has ({@code G<id>}, {@code A<id>} or {@code -}). */
    public java.util.Map<String, Integer> measureCounts(long areaId, Long programmeId, Collection<Long> hidden) {
        String sql = """
                SELECT coalesce('G' || m.cost_carrier_group_id, 'A' || m.cost_carrier_actor_id, '-') AS carrier,
                       count(*) AS measures
                  FROM planning.measure m
                 WHERE m.scope_area_ids @> :areas AND m.programme_id <> ALL(:hidden)
                   AND cardinality(m.cost_years) > 0""" + (programmeId != null ? " AND m.programme_id = :programme" : "") + " GROUP BY 1";
        var spec = jdbc.sql(sql).param("areas", new Long[] {areaId}).param("hidden", hidden.toArray(Long[]::new));
        if (programmeId != null) {
            spec = spec.param("programme", programmeId);
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        spec.query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public List<Sum> sums(long areaId, Long programmeId, Collection<Long> hidden) {
        StringBuilder sql = new StringBuilder("""
                SELECT m.cost_carrier_group_id, m.cost_carrier_actor_id, c.year, m.emphasis,
                       coalesce(sum(c.planned) FILTER (WHERE m.status <> 'CANCELLED'), 0) AS planned,
                       coalesce(sum(c.realised), 0) AS realised,
                       count(DISTINCT m.id) AS measures
                  FROM planning.measure m
                 CROSS JOIN LATERAL unnest(m.cost_years, m.cost_planned, m.cost_realised) AS c(year, planned, realised)
                 WHERE m.scope_area_ids @> :areas AND m.programme_id <> ALL(:hidden)""");
        if (programmeId != null) {
            sql.append(" AND m.programme_id = :programme");
        }
        sql.append(" GROUP BY 1, 2, 3, 4 ORDER BY 3");
        var spec = jdbc.sql(sql.toString())
                .param("areas", new Long[] {areaId})
                .param("hidden", hidden.toArray(Long[]::new));
        if (programmeId != null) {
            spec = spec.param("programme", programmeId);
        }
        return spec.query((rs, n) -> new Sum(
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
     * The measures of the given programmes whose costs the sums above add up for this area (and
     * programme): for the audit log, when those programmes are restricted.
     */
    public List<Long> measuresWithCosts(long areaId, Long programmeId, Collection<Long> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        String sql = """
                SELECT m.id FROM planning.measure m
                 WHERE m.scope_area_ids @> :areas AND m.programme_id = ANY(:programmes)
                   AND cardinality(m.cost_years) > 0""" + (programmeId != null ? " AND m.programme_id = :programme" : "") + " ORDER BY m.id";
        var spec =
                jdbc.sql(sql).param("areas", new Long[] {areaId}).param("programmes", programmes.toArray(Long[]::new));
        if (programmeId != null) {
            spec = spec.param("programme", programmeId);
        }
        return spec.query(Long.class).list();
    }
}
