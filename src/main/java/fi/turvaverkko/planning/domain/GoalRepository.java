package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeScope;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goals of programmes and the alignment links between them. */
@Repository
class GoalRepository {

    private static final String SELECT = "SELECT g.* FROM planning.goal g";
    private static final String ORDER = " ORDER BY g.sort_order, g.code NULLS LAST, g.id";
    private static final String SELECT_LINK = """
            SELECT l.*, f.programme_id AS from_programme_id, t.programme_id AS to_programme_id
              FROM planning.goal_link l
              JOIN planning.goal f ON f.id = l.from_goal_id
              JOIN planning.goal t ON t.id = l.to_goal_id""";

    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // goals

    /** The filters of the goal list; {@code scope} the programmes the caller may read. */
    record Filter(Long programmeId, Long parentId, String text, ProgrammeScope scope) {}

    PageResult<GoalView> list(Filter f, PageParams paging) {
        SqlFilter s = SqlFilter.create()
                .and("g.programme_id = :programme", "programme", f.programmeId())
                .and("g.parent_id = :parent", "parent", f.parentId())
                .and(
                        "(g.title ILIKE :text OR g.title_sv ILIKE :text OR g.title_en ILIKE :text)",
                        "text",
                        SqlFilter.contains(f.text()));
        return f.scope()
                .applyTo(s, "g.programme_id")
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM planning.goal g",
                        paging,
                        Map.of("code", "g.code", "title", "g.title", "sortOrder", "g.sort_order"),
                        "g.programme_id, g.sort_order, g.code NULLS LAST, g.id",
                        (rs, n) -> map(rs));
    }

    List<GoalView> ofProgramme(long programmeId) {
        return jdbc.sql(SELECT + " WHERE g.programme_id = ?" + ORDER)
                .param(programmeId)
                .query((rs, n) -> map(rs))
                .list();
    }

    List<GoalView> ofProgrammes(Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        SELECT
                                + " WHERE g.programme_id = ANY(?) ORDER BY g.programme_id, g.sort_order, g.code NULLS LAST, g.id")
                .param(programmeIds.toArray(Long[]::new))
                .query((rs, n) -> map(rs))
                .list();
    }

    Optional<GoalView> find(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<GoalView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE g.id = ANY(?)" + ORDER)
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> map(rs))
                .list();
    }

    List<GoalView> childrenOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE g.parent_id = ANY(?)" + ORDER)
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> map(rs))
                .list();
    }

    Optional<GoalView> findByCode(long programmeId, String code) {
        return jdbc.sql(SELECT + " WHERE g.programme_id = ? AND g.code = ?")
                .params(programmeId, code)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Is {@code candidate} the goal itself or one of the goals below it in its programme? */
    boolean isSelfOrDescendant(long goalId, long candidate) {
        return jdbc.sql("""
                        WITH RECURSIVE below(id) AS (
                            SELECT CAST(:goal AS BIGINT)
                            UNION SELECT g.id FROM planning.goal g JOIN below b ON g.parent_id = b.id)
                        SELECT EXISTS (SELECT 1 FROM below WHERE id = :candidate)""")
                .param("goal", goalId)
                .param("candidate", candidate)
                .query(Boolean.class)
                .single();
    }

    long insert(GoalView g, long programmeId) {
        return jdbc.sql("""
                        INSERT INTO planning.goal (programme_id, parent_id, code, title, title_sv, title_en, description,
                          sort_order)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        programmeId,
                        ProgrammeRepository.id(g.parentId()),
                        g.code(),
                        g.title(),
                        g.titleSv(),
                        g.titleEn(),
                        g.description(),
                        g.sortOrder() == null ? 0 : g.sortOrder())
                .query(Long.class)
                .single();
    }

    boolean update(long id, long version, GoalView g) {
        return jdbc.sql("""
                        UPDATE planning.goal SET parent_id = ?, code = ?, title = ?, title_sv = ?, title_en = ?,
                          description = ?, sort_order = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                ProgrammeRepository.id(g.parentId()),
                                g.code(),
                                g.title(),
                                g.titleSv(),
                                g.titleEn(),
                                g.description(),
                                g.sortOrder() == null ? 0 : g.sortOrder(),
                                id,
                                version)
                        .update()
                == 1;
    }

    /** Deletes a goal with the goals below it; answers the ids of every goal deleted. */
    List<Long> delete(long id) {
        List<Long> ids = jdbc.sql("""
                        WITH RECURSIVE below(id) AS (
                            SELECT CAST(? AS BIGINT)
                            UNION SELECT g.id FROM planning.goal g JOIN below b ON g.parent_id = b.id)
                        SELECT id FROM below""").param(id).query(Long.class).list();
        jdbc.sql("DELETE FROM planning.goal WHERE id = ?").param(id).update();
        return ids;
    }

    int nextSortOrder(long programmeId) {
        return jdbc.sql("SELECT coalesce(max(sort_order), 0) + 10 FROM planning.goal WHERE programme_id = ?")
                .param(programmeId)
                .query(Integer.class)
                .single();
    }

    // links

    /** The filters of the link list: a goal or a programme on either side; both sides readable. */
    record LinkFilter(Long goalId, Long programmeId, String kind, ProgrammeScope scope) {}

    PageResult<GoalLinkView> links(LinkFilter f, PageParams paging) {
        SqlFilter s = SqlFilter.create()
                .and("(l.from_goal_id = :goal OR l.to_goal_id = :goal)", "goal", f.goalId())
                .and("(f.programme_id = :programme OR t.programme_id = :programme)", "programme", f.programmeId())
                .and("l.kind = :kind", "kind", f.kind());
        f.scope().applyTo(s, "f.programme_id");
        f.scope().applyTo(s, "t.programme_id");
        return s.page(
                jdbc,
                SELECT_LINK,
                """
                        SELECT count(*) FROM planning.goal_link l
                          JOIN planning.goal f ON f.id = l.from_goal_id
                          JOIN planning.goal t ON t.id = l.to_goal_id""",
                paging,
                Map.of("createdAt", "l.created_at", "kind", "l.kind"),
                "l.id",
                (rs, n) -> mapLink(rs));
    }

    Optional<GoalLinkView> link(long id) {
        return jdbc.sql(SELECT_LINK + " WHERE l.id = ?")
                .param(id)
                .query((rs, n) -> mapLink(rs))
                .optional();
    }

    Optional<GoalLinkView> link(long fromGoalId, long toGoalId) {
        return jdbc.sql(SELECT_LINK + " WHERE l.from_goal_id = ? AND l.to_goal_id = ?")
                .params(fromGoalId, toGoalId)
                .query((rs, n) -> mapLink(rs))
                .optional();
    }

    /** Links up from any of the goals (the goals contribute to the linked ones). */
    List<GoalLinkView> linksUp(Collection<Long> goalIds) {
        return linksWhere("l.from_goal_id", goalIds);
    }

    /** Links down to any of the goals (the linked goals contribute to these). */
    List<GoalLinkView> linksDown(Collection<Long> goalIds) {
        return linksWhere("l.to_goal_id", goalIds);
    }

    private List<GoalLinkView> linksWhere(String column, Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_LINK + " WHERE " + column + " = ANY(?) ORDER BY l.id")
                .param(goalIds.toArray(Long[]::new))
                .query((rs, n) -> mapLink(rs))
                .list();
    }

    /** Would a link from {@code from} up to {@code to} close a cycle, i.e. does {@code to} already lead up to {@code from}? */
    boolean leadsUpTo(long to, long from) {
        return jdbc.sql("""
                        WITH RECURSIVE up(id) AS (
                            SELECT CAST(:to AS BIGINT)
                            UNION SELECT l.to_goal_id FROM planning.goal_link l JOIN up u ON l.from_goal_id = u.id)
                        SELECT EXISTS (SELECT 1 FROM up WHERE id = :from)""")
                .param("to", to)
                .param("from", from)
                .query(Boolean.class)
                .single();
    }

    long insertLink(long from, long to, String kind, String note, String by) {
        return jdbc.sql("""
                        INSERT INTO planning.goal_link (from_goal_id, to_goal_id, kind, note, created_by)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""").params(from, to, kind, note, by).query(Long.class).single();
    }

    boolean updateLink(long id, long version, String kind, String note) {
        return jdbc.sql(
                                "UPDATE planning.goal_link SET kind = ?, note = ?, version = version + 1 WHERE id = ? AND version = ?")
                        .params(kind, note, id, version)
                        .update()
                == 1;
    }

    void deleteLink(long id) {
        jdbc.sql("DELETE FROM planning.goal_link WHERE id = ?").param(id).update();
    }

    /** For each goal of the programmes: does it link up, is it linked to from below? */
    record LinkCounts(long goalId, int up, int down) {}

    Map<Long, LinkCounts> linkCounts(long programmeId) {
        Map<Long, LinkCounts> counts = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT g.id,
                               (SELECT count(*) FROM planning.goal_link l WHERE l.from_goal_id = g.id) AS up,
                               (SELECT count(*) FROM planning.goal_link l WHERE l.to_goal_id = g.id) AS down
                          FROM planning.goal g WHERE g.programme_id = ?""")
                .param(programmeId)
                .query((rs, n) -> new LinkCounts(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list()
                .forEach(c -> counts.put(c.goalId(), c));
        return counts;
    }

    static GoalView map(ResultSet rs) throws SQLException {
        return new GoalView(
                rs.getString("id"),
                rs.getString("programme_id"),
                rs.getString("parent_id"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("title_sv"),
                rs.getString("title_en"),
                rs.getString("description"),
                rs.getInt("sort_order"),
                rs.getLong("version"));
    }

    static GoalLinkView mapLink(ResultSet rs) throws SQLException {
        return new GoalLinkView(
                rs.getString("id"),
                rs.getString("from_goal_id"),
                rs.getString("to_goal_id"),
                rs.getString("kind"),
                rs.getString("note"),
                rs.getString("from_programme_id"),
                rs.getString("to_programme_id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getLong("version"));
    }
}
