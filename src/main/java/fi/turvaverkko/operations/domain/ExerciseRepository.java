package fi.turvaverkko.operations.domain;

import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exercises with their participants, observations and lessons. */
@Repository
public class ExerciseRepository {

    static final String SELECT = "SELECT x.*, rg.code AS region_code FROM operations.exercise x"
            + " JOIN network.area rg ON rg.id = x.region_id";

    private final JdbcClient jdbc;

    ExerciseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(
            String title,
            String kind,
            Long scenarioId,
            long regionId,
            long organiserActorId,
            LocalDate startDate,
            LocalDate endDate,
            String description,
            List<Long> participantIds) {}

    public PageResult<ExerciseView> list(String regionPath, Integer year, PageParams paging) {
        return SqlFilter.create()
                .and("rg.path LIKE :region", "region", SqlFilter.startsWith(regionPath))
                .and("extract(year FROM x.start_date) = :year", "year", year)
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM operations.exercise x JOIN network.area rg ON rg.id = x.region_id",
                        paging,
                        Map.of("startDate", "x.start_date", "title", "x.title"),
                        "x.start_date DESC, x.id DESC",
                        (rs, n) -> map(rs, false));
    }

    public Optional<ExerciseView> find(long id) {
        return jdbc.sql(SELECT + " WHERE x.id = ?")
                .param(id)
                .query((rs, n) -> map(rs, true))
                .optional();
    }

    public long insert(Row r) {
        long id = jdbc.sql("""
                        INSERT INTO operations.exercise (title, kind, scenario_id, region_id, organiser_actor_id,
                          start_date, end_date, description)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.title(),
                        r.kind(),
                        r.scenarioId(),
                        r.regionId(),
                        r.organiserActorId(),
                        r.startDate(),
                        r.endDate(),
                        r.description())
                .query(Long.class)
                .single();
        participants(id, r.participantIds());
        return id;
    }

    public boolean update(long id, long version, Row r) {
        boolean ok = jdbc.sql("""
                        UPDATE operations.exercise SET title = ?, kind = ?, scenario_id = ?, region_id = ?,
                          organiser_actor_id = ?, start_date = ?, end_date = ?, description = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                r.title(),
                                r.kind(),
                                r.scenarioId(),
                                r.regionId(),
                                r.organiserActorId(),
                                r.startDate(),
                                r.endDate(),
                                r.description(),
                                id,
                                version)
                        .update()
                == 1;
        if (ok) {
            participants(id, r.participantIds());
        }
        return ok;
    }

    private void participants(long id, List<Long> actors) {
        jdbc.sql("DELETE FROM operations.exercise_participant WHERE exercise_id = ?")
                .param(id)
                .update();
        for (Long a : new java.util.LinkedHashSet<>(actors)) {
            jdbc.sql("INSERT INTO operations.exercise_participant (exercise_id, actor_id) VALUES (?, ?)")
                    .params(id, a)
                    .update();
        }
    }

    public long addObservation(long exerciseId, String text, String author) {
        return jdbc.sql("INSERT INTO operations.exercise_observation (exercise_id, text, author_name) VALUES (?, ?, ?)"
                        + " RETURNING id")
                .params(exerciseId, text, author)
                .query(Long.class)
                .single();
    }

    public long addLesson(long exerciseId, String text) {
        return jdbc.sql("INSERT INTO operations.lesson (exercise_id, text) VALUES (?, ?) RETURNING id")
                .params(exerciseId, text)
                .query(Long.class)
                .single();
    }

    public Optional<ExerciseView.Lesson> lesson(long id) {
        return jdbc.sql("SELECT * FROM operations.lesson WHERE id = ?")
                .param(id)
                .query((rs, n) -> lesson(rs))
                .optional();
    }

    public Optional<Long> exerciseOfLesson(long lessonId) {
        return jdbc.sql("SELECT exercise_id FROM operations.lesson WHERE id = ?")
                .param(lessonId)
                .query(Long.class)
                .optional();
    }

    /** Records the measure a lesson became, unless it became one already; false then. */
    public boolean setMeasure(long lessonId, String measureId) {
        return jdbc.sql("UPDATE operations.lesson SET measure_id = ?, version = version + 1"
                                + " WHERE id = ? AND measure_id IS NULL")
                        .params(measureId, lessonId)
                        .update()
                == 1;
    }

    private ExerciseView map(ResultSet rs, boolean details) throws SQLException {
        long id = rs.getLong("id");
        Object scenario = rs.getObject("scenario_id");
        List<String> participants = jdbc.sql(
                        "SELECT actor_id::text FROM operations.exercise_participant WHERE exercise_id = ? ORDER BY actor_id")
                .param(id)
                .query(String.class)
                .list();
        List<ExerciseView.Observation> observations = details
                ? jdbc.sql("SELECT * FROM operations.exercise_observation WHERE exercise_id = ? ORDER BY id")
                        .param(id)
                        .query((r, n) -> new ExerciseView.Observation(
                                r.getString("id"),
                                r.getString("text"),
                                r.getString("author_name"),
                                r.getObject("created_at", OffsetDateTime.class)))
                        .list()
                : List.of();
        List<ExerciseView.Lesson> lessons = details
                ? jdbc.sql("SELECT * FROM operations.lesson WHERE exercise_id = ? ORDER BY id")
                        .param(id)
                        .query((r, n) -> lesson(r))
                        .list()
                : List.of();
        return new ExerciseView(
                String.valueOf(id),
                rs.getString("title"),
                rs.getString("kind"),
                scenario == null ? null : scenario.toString(),
                rs.getString("region_code"),
                rs.getString("organiser_actor_id"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("description"),
                participants,
                observations,
                lessons,
                rs.getLong("version"));
    }

    static ExerciseView.Lesson lesson(ResultSet r) throws SQLException {
        return new ExerciseView.Lesson(
                r.getString("id"),
                r.getString("text"),
                r.getString("measure_id"),
                r.getObject("created_at", OffsetDateTime.class));
    }
}
