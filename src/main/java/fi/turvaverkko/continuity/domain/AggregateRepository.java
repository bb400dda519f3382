package fi.turvaverkko.continuity.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of the latest submitted assessments of a region by sub-region and sector: the only read of
 * answers that crosses organisations, and it returns sums only.
 */
@Repository
public class AggregateRepository {

    private final JdbcClient jdbc;

    AggregateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Respondents of a group and the sum of their overall scores. */
    public record GroupSum(Long subregionId, String sector, int n, int own, double overallSum) {}

    /** The sum of the respondents' section means in a group. */
    public record SectionSum(Long subregionId, String sector, String sectionCode, int n, double sum) {}

    public List<GroupSum> groups(long regionId, String family, Collection<Long> ownActors) {
        return jdbc.sql("""
                        SELECT a.subregion_id, a.sector, count(*) AS n,
                               count(*) FILTER (WHERE a.actor_id = ANY(:own)) AS own,
                               COALESCE(sum(a.overall), 0) AS overall_sum
                        FROM continuity.assessment a
                        WHERE a.latest AND a.region_id = :region AND a.family = :family
                        GROUP BY a.subregion_id, a.sector""")
                .param("own", ownActors.toArray(Long[]::new))
                .param("region", regionId)
                .param("family", family)
                .query((rs, i) -> new GroupSum(
                        (Long) rs.getObject("subregion_id", Long.class),
                        rs.getString("sector"),
                        rs.getInt("n"),
                        rs.getInt("own"),
                        rs.getDouble("overall_sum")))
                .list();
    }

    public List<SectionSum> sections(long regionId, String family) {
        return jdbc.sql("""
                        SELECT a.subregion_id, a.sector, s.section_code, count(*) AS n,
                               sum(s.score_sum::float8 / s.question_count) AS section_sum
                        FROM continuity.assessment a
                        JOIN continuity.section_score s ON s.assessment_id = a.id
                        WHERE a.latest AND a.region_id = :region AND a.family = :family
                        GROUP BY a.subregion_id, a.sector, s.section_code""")
                .param("region", regionId)
                .param("family", family)
                .query((rs, i) -> new SectionSum(
                        (Long) rs.getObject("subregion_id", Long.class),
                        rs.getString("sector"),
                        rs.getString("section_code"),
                        rs.getInt("n"),
                        rs.getDouble("section_sum")))
                .list();
    }
}
