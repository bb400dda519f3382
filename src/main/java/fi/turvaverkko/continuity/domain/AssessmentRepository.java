package fi.turvaverkko.continuity.domain;

import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments, their answers and section scores, and the suggestions adopted from them. */
@Repository
public class AssessmentRepository {

    /** An assessment's own row. */
    public record Row(
            long id,
            long actorId,
            long questionnaireId,
            String family,
            String status,
            String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime submittedAt,
            BigDecimal overall,
            int answered,
            long version) {}

    static final String SELECT = """
            SELECT a.id, a.actor_id, a.questionnaire_id, a.family, a.status, a.created_by, a.created_at, a.updated_at,
                   a.submitted_at, a.overall, a.version,
                   (SELECT count(*) FROM continuity.answer x WHERE x.assessment_id = a.id AND x.score IS NOT NULL)
                     AS answered
            FROM continuity.assessment a""";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long actorId, long questionnaireId, String family, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO continuity.assessment (actor_id, questionnaire_id, family, created_by)
                        VALUES (?, ?, ?, ?) RETURNING id""")
                .params(actorId, questionnaireId, family, createdBy)
                .query(Long.class)
                .single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The open assessment of an actor in a family, if any. */
    public Optional<Long> open(long actorId, String family) {
        return jdbc.sql(
                        "SELECT id FROM continuity.assessment WHERE actor_id = ? AND family = ? AND status = 'IN_PROGRESS'")
                .params(actorId, family)
                .query(Long.class)
                .optional();
    }

    /** Assessments of the given actors only; nobody else's ever reach a list. */
    public PageResult<Row> list(Collection<Long> actorIds, Long actorId, String status, PageParams paging) {
        return SqlFilter.create()
                .and("a.actor_id = ANY(:own)")
                .param("own", actorIds.toArray(Long[]::new))
                .and("a.actor_id = :actor", "actor", actorId)
                .and("a.status = :status", "status", status)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM continuity.assessment a",
                        paging,
                        Map.of("createdAt", "a.created_at", "submittedAt", "a.submitted_at", "status", "a.status"),
                        "a.created_at DESC, a.id DESC",
                        (rs, n) -> row(rs));
    }

    public List<AnswerView> answers(long assessmentId) {
        return jdbc.sql("""
                        SELECT x.question_id, q.code, x.score, x.note FROM continuity.answer x
                        JOIN continuity.question q ON q.id = x.question_id
                        WHERE x.assessment_id = ? ORDER BY q.section_id, q.position""")
                .param(assessmentId)
                .query((rs, n) -> new AnswerView(
                        rs.getString("question_id"),
                        rs.getString("code"),
                        (Integer) rs.getObject("score", Integer.class),
                        rs.getString("note")))
                .list();
    }

    public void saveAnswer(long assessmentId, long questionnaireId, long questionId, Integer score, String note) {
        jdbc.sql("""
                        INSERT INTO continuity.answer (assessment_id, questionnaire_id, question_id, score, note)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (assessment_id, question_id)
                        DO UPDATE SET score = excluded.score, note = excluded.note, answered_at = now()""")
                .params(assessmentId, questionnaireId, questionId, score, note)
                .update();
    }

    public void deleteAnswer(long assessmentId, long questionId) {
        jdbc.sql("DELETE FROM continuity.answer WHERE assessment_id = ? AND question_id = ?")
                .params(assessmentId, questionId)
                .update();
    }

    /** Sets when a loaded assessment was started (demo and bench data). */
    public void startedAt(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE continuity.assessment SET created_at = ? WHERE id = ?")
                .params(at, id)
                .update();
    }

    /** Marks a change; false when the assessment is no longer open. */
    public boolean touch(long id) {
        return jdbc.sql("""
                                UPDATE continuity.assessment SET updated_at = now(), version = version + 1
                                WHERE id = ? AND status = 'IN_PROGRESS'""").param(id).update() == 1;
    }

    /** A submitted assessment's facts, copied from its actor when it is submitted. */
    public record Snapshot(String sector, Long areaId, Long subregionId, Long regionId) {}

    /** Per-section sums of scores. */
    public record SectionSum(String sectionCode, int scoreSum, int questionCount) {}

    /**
     * Submits an open assessment: it becomes the actor's latest in its family; false when it was not
     * open any more.
     */
    public boolean submit(
            long id,
            long actorId,
            String family,
            Snapshot s,
            BigDecimal overall,
            List<SectionSum> sums,
            OffsetDateTime at) {
        int changed = jdbc.sql("""
                        UPDATE continuity.assessment SET status = 'SUBMITTED', submitted_at = COALESCE(?, now()),
                          updated_at = COALESCE(?, now()), sector = ?, area_id = ?, subregion_id = ?, region_id = ?,
                          overall = ?, version = version + 1
                        WHERE id = ? AND status = 'IN_PROGRESS'""")
                .params(at, at, s.sector(), s.areaId(), s.subregionId(), s.regionId(), overall, id)
                .update();
        if (changed != 1) {
            return false;
        }
        jdbc.sql("UPDATE continuity.assessment SET latest = FALSE WHERE actor_id = ? AND family = ? AND latest")
                .params(actorId, family)
                .update();
        jdbc.sql("UPDATE continuity.assessment SET latest = TRUE WHERE id = ?")
                .param(id)
                .update();
        for (SectionSum sum : sums) {
            jdbc.sql("""
                            INSERT INTO continuity.section_score (assessment_id, section_code, score_sum, question_count)
                            VALUES (?, ?, ?, ?)""")
                    .params(id, sum.sectionCode(), sum.scoreSum(), sum.questionCount())
                    .update();
        }
        return true;
    }

    public boolean deleteOpen(long id) {
        return jdbc.sql("DELETE FROM continuity.assessment WHERE id = ? AND status = 'IN_PROGRESS'")
                        .param(id)
                        .update()
                == 1;
    }

    /** Question id → measure id of the suggestions adopted from an assessment. */
    public Map<String, String> adopted(long assessmentId) {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("SELECT question_id, measure_id FROM continuity.adopted_suggestion WHERE assessment_id = ?")
                .param(assessmentId)
                .query(rs -> {
                    m.put(rs.getString("question_id"), rs.getString("measure_id"));
                });
        return m;
    }

    public boolean adopt(long assessmentId, long questionId, String measureId, String by) {
        return jdbc.sql("""
                                INSERT INTO continuity.adopted_suggestion (assessment_id, question_id, measure_id, adopted_by)
                                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""").params(assessmentId, questionId, measureId, by).update() == 1;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("actor_id"),
                rs.getLong("questionnaire_id"),
                rs.getString("family"),
                rs.getString("status"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getBigDecimal("overall"),
                rs.getInt("answered"),
                rs.getLong("version"));
    }
}
