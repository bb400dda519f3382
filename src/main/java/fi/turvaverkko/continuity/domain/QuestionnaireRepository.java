package fi.turvaverkko.continuity.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaires and their content. A published version never changes, so each is read from the
 * database once and then kept in memory.
 */
@Repository
public class QuestionnaireRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<Long, QuestionnaireView> cache = new ConcurrentHashMap<>();

    QuestionnaireRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every version, newest first within each family; without their sections. */
    public List<QuestionnaireView> all() {
        return jdbc
                .sql("SELECT id FROM continuity.questionnaire ORDER BY code, version DESC")
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** The newest published version of each family. */
    public List<QuestionnaireView> current() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (code) id FROM continuity.questionnaire WHERE status = 'PUBLISHED'
                        ORDER BY code, version DESC""").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    public int nextVersion(String code) {
        return jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM continuity.questionnaire WHERE code = ?")
                .param(code)
                .query(Integer.class)
                .single();
    }

    public Optional<QuestionnaireView> find(long id) {
        QuestionnaireView cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<QuestionnaireView> loaded = load(id);
        // the status may still change (retired), so only the content is cached: reload the head row
        loaded.ifPresent(q -> cache.put(id, q));
        return loaded;
    }

    /** Forgets the cached head rows (after a status change). */
    public void forget(long id) {
        cache.remove(id);
    }

    /** Stores a new version from its JSON document and answers its id. */
    public long importDocument(Map<String, Object> document) {
        return jdbc.sql("SELECT continuity.import_questionnaire(?::jsonb)")
                .param(json.writeValueAsString(document))
                .query(Long.class)
                .single();
    }

    private Optional<QuestionnaireView> load(long id) {
        Optional<QuestionnaireView> head =
                jdbc.sql("""
                        SELECT id, code, version, variant, status, title::text AS title, description::text AS description,
                               audience, published_at
                        FROM continuity.questionnaire WHERE id = ?""").param(id).query((rs, n) -> head(rs)).optional();
        if (head.isEmpty()) {
            return head;
        }
        Map<Long, List<QuestionnaireView.Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, section_id, code, text::text AS text, levels::text AS levels,
                               suggestion::text AS suggestion
                        FROM continuity.question WHERE questionnaire_id = ? ORDER BY section_id, position""").param(id).query(rs -> {
            questions
                    .computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                    .add(question(rs));
        });
        List<QuestionnaireView.Section> sections = jdbc.sql("""
                        SELECT id, code, title::text AS title, description::text AS description
                        FROM continuity.section WHERE questionnaire_id = ? ORDER BY position""")
                .param(id)
                .query((rs, n) -> {
                    Text title = text(rs.getString("title"));
                    Text description = text(rs.getString("description"));
                    return new QuestionnaireView.Section(
                            rs.getString("code"),
                            title.fi(),
                            title.sv(),
                            title.en(),
                            description.fi(),
                            description.sv(),
                            description.en(),
                            List.copyOf(questions.getOrDefault(rs.getLong("id"), List.of())));
                })
                .list();
        QuestionnaireView h = head.get();
        return Optional.of(new QuestionnaireView(
                h.id(),
                h.code(),
                h.version(),
                h.variant(),
                h.status(),
                h.title(),
                h.titleSv(),
                h.titleEn(),
                h.description(),
                h.descriptionSv(),
                h.descriptionEn(),
                h.audience(),
                h.publishedAt(),
                sections));
    }

    private QuestionnaireView head(ResultSet rs) throws SQLException {
        Text title = text(rs.getString("title"));
        Text description = text(rs.getString("description"));
        Array audience = rs.getArray("audience");
        return new QuestionnaireView(
                rs.getString("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("variant"),
                rs.getString("status"),
                title.fi(),
                title.sv(),
                title.en(),
                description.fi(),
                description.sv(),
                description.en(),
                audience == null ? List.of() : List.of((String[]) audience.getArray()),
                rs.getObject("published_at", OffsetDateTime.class),
                List.of());
    }

    private QuestionnaireView.Question question(ResultSet rs) throws SQLException {
        Text text = text(rs.getString("text"));
        List<Map<String, Object>> levels = json.readValue(rs.getString("levels"), LIST);
        List<QuestionnaireView.Level> lv = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Text t = Text.of(levels.get(i));
            lv.add(new QuestionnaireView.Level(i, t.fi(), t.sv(), t.en()));
        }
        Map<String, Object> s = json.readValue(rs.getString("suggestion"), MAP);
        Text st = Text.of(asMap(s.get("title")));
        Text sd = Text.of(asMap(s.get("description")));
        return new QuestionnaireView.Question(
                rs.getString("id"),
                rs.getString("code"),
                text.fi(),
                text.sv(),
                text.en(),
                List.copyOf(lv),
                new QuestionnaireView.Suggestion(st.fi(), st.sv(), st.en(), sd.fi(), sd.sv(), sd.en()));
    }

    private Text text(String value) {
        return value == null ? new Text(null, null, null) : Text.of(json.readValue(value, MAP));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, ?>) m : null;
    }
}
