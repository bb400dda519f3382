package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cooperation groups and their memberships. */
@Repository
class GroupRepository {

    static final String SELECT = """
            SELECT g.id, g.name, g.name_sv, g.kind, g.owner_actor_id, g.reports_to_id, g.mandate, g.tasks,
                   g.term_start, g.term_end, g.area_id, ar.code AS area_code, g.version
            FROM network.cooperation_group g JOIN network.area ar ON ar.id = g.area_id""";

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of the group list. */
    record Filter(String text, String kind, String withinPath, Long ownerActorId, Long memberActorId) {}

    PageResult<GroupView> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and(
                        "g.name ILIKE :text",
                        "text",
                        f.text() == null || f.text().isBlank()
                                ? null
                                : "%" + f.text().trim() + "%")
                .and("g.kind = :kind", "kind", f.kind())
                .and("ar.path LIKE :within", "within", f.withinPath() == null ? null : f.withinPath() + "%")
                .and("g.owner_actor_id = :owner", "owner", f.ownerActorId())
                .and(
                        "EXISTS (SELECT 1 FROM network.membership m WHERE m.group_id = g.id AND m.actor_id = :member)",
                        "member",
                        f.memberActorId())
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM network.cooperation_group g JOIN network.area ar ON ar.id = g.area_id",
                        paging,
                        Map.of("name", "g.name", "kind", "g.kind", "areaCode", "ar.code"),
                        "g.name, g.id",
                        (rs, n) -> map(rs));
    }

    Optional<GroupView> find(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The groups of an area (not below it), for the organisation chart. */
    List<GroupView> inArea(long areaId) {
        return jdbc.sql(SELECT + " WHERE g.area_id = ? ORDER BY g.name")
                .param(areaId)
                .query((rs, n) -> map(rs))
                .list();
    }

    List<GroupView> reportingTo(long groupId) {
        return jdbc.sql(SELECT + " WHERE g.reports_to_id = ? ORDER BY g.name")
                .param(groupId)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Would a group report to itself if it reported to {@code parent}? Walks up from the parent. */
    boolean wouldCycle(long groupId, long parentId) {
        return jdbc.sql("""
                        WITH RECURSIVE up(id, reports_to_id, depth) AS (
                          SELECT id, reports_to_id, 0 FROM network.cooperation_group WHERE id = :parent
                          UNION ALL
                          SELECT g.id, g.reports_to_id, up.depth + 1 FROM network.cooperation_group g
                            JOIN up ON g.id = up.reports_to_id WHERE up.depth < 100)
                        SELECT EXISTS (SELECT 1 FROM up WHERE id = :group)""")
                .param("parent", parentId)
                .param("group", groupId)
                .query(Boolean.class)
                .single();
    }

    long insert(GroupCommand g) {
        return jdbc.sql("""
                        INSERT INTO network.cooperation_group (name, name_sv, kind, owner_actor_id, reports_to_id, mandate,
                          tasks, term_start, term_end, area_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        g.name(),
                        g.nameSv(),
                        g.kind(),
                        Long.valueOf(g.ownerActorId()),
                        g.reportsToId() == null ? null : Long.valueOf(g.reportsToId()),
                        g.mandate(),
                        g.tasks(),
                        g.termStart(),
                        g.termEnd(),
                        Long.valueOf(g.areaId()))
                .query(Long.class)
                .single();
    }

    boolean update(long id, long version, GroupCommand g) {
        return jdbc.sql("""
                        UPDATE network.cooperation_group SET name = ?, name_sv = ?, kind = ?, owner_actor_id = ?,
                          reports_to_id = ?, mandate = ?, tasks = ?, term_start = ?, term_end = ?, area_id = ?,
                          updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                g.name(),
                                g.nameSv(),
                                g.kind(),
                                Long.valueOf(g.ownerActorId()),
                                g.reportsToId() == null ? null : Long.valueOf(g.reportsToId()),
                                g.mandate(),
                                g.tasks(),
                                g.termStart(),
                                g.termEnd(),
                                Long.valueOf(g.areaId()),
                                id,
                                version)
                        .update()
                == 1;
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM network.cooperation_group WHERE id = ?").param(id).update();
    }

    // memberships

    List<MembershipView> members(long groupId) {
        return jdbc.sql("""
                        SELECT m.* FROM network.membership m JOIN network.actor a ON a.id = m.actor_id
                        WHERE m.group_id = ?
                        ORDER BY CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'VICE_CHAIR' THEN 1 WHEN 'SECRETARY' THEN 2
                                 WHEN 'MEMBER' THEN 3 ELSE 4 END, a.name""").param(groupId).query((rs, n) -> membership(rs)).list();
    }

    /** Memberships of many groups at once, for the organisation chart. */
    List<MembershipView> membersOf(List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.* FROM network.membership m JOIN network.actor a ON a.id = m.actor_id
                        WHERE m.group_id = ANY(?)
                        ORDER BY CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'VICE_CHAIR' THEN 1 WHEN 'SECRETARY' THEN 2
                                 WHEN 'MEMBER' THEN 3 ELSE 4 END, a.name""")
                .param(groupIds.toArray(Long[]::new))
                .query((rs, n) -> membership(rs))
                .list();
    }

    Optional<MembershipView> membership(long id) {
        return jdbc.sql("SELECT * FROM network.membership WHERE id = ?")
                .param(id)
                .query((rs, n) -> membership(rs))
                .optional();
    }

    boolean isMember(long groupId, long actorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM network.membership WHERE group_id = ? AND actor_id = ?"
                        + " AND (term_end IS NULL OR term_end >= current_date))")
                .params(groupId, actorId)
                .query(Boolean.class)
                .single();
    }

    long insertMembership(long groupId, MembershipCommand m) {
        return jdbc.sql("""
                        INSERT INTO network.membership (group_id, actor_id, contact_person_id, role, term_start, term_end)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        groupId,
                        Long.valueOf(m.actorId()),
                        m.contactPersonId() == null ? null : Long.valueOf(m.contactPersonId()),
                        m.role(),
                        m.termStart(),
                        m.termEnd())
                .query(Long.class)
                .single();
    }

    boolean updateMembership(long id, long version, MembershipCommand m) {
        return jdbc.sql("""
                        UPDATE network.membership SET contact_person_id = ?, role = ?, term_start = ?, term_end = ?,
                          version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                m.contactPersonId() == null ? null : Long.valueOf(m.contactPersonId()),
                                m.role(),
                                m.termStart(),
                                m.termEnd(),
                                id,
                                version)
                        .update()
                == 1;
    }

    void deleteMembership(long id) {
        jdbc.sql("DELETE FROM network.membership WHERE id = ?").param(id).update();
    }

    List<GroupView> findAll(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : jdbc.sql(SELECT + " WHERE g.id = ANY(?)")
                        .param(ids.toArray(Long[]::new))
                        .query((rs, n) -> map(rs))
                        .list();
    }

    /** Is one of these actors a member (or, with {@code chairOnly}, the chair) of the group today? */
    boolean hasActiveMember(long groupId, java.util.Collection<Long> actorIds, boolean chairOnly) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM network.membership m
                         WHERE m.group_id = :group AND m.actor_id = ANY(:actors)
                           AND (NOT :chair OR m.role = 'CHAIR')
                           AND (m.term_start IS NULL OR m.term_start <= current_date)
                           AND (m.term_end IS NULL OR m.term_end >= current_date))""")
                .param("group", groupId)
                .param("actors", actorIds.toArray(Long[]::new))
                .param("chair", chairOnly)
                .query(Boolean.class)
                .single();
    }

    /** The groups one of these actors chairs today. */
    List<Long> chairedBy(java.util.Collection<Long> actorIds) {
        return actorIds.isEmpty()
                ? List.of()
                : jdbc.sql("""
                                SELECT DISTINCT m.group_id FROM network.membership m
                                 WHERE m.actor_id = ANY(?) AND m.role = 'CHAIR'
                                   AND (m.term_start IS NULL OR m.term_start <= current_date)
                                   AND (m.term_end IS NULL OR m.term_end >= current_date)
                                 ORDER BY m.group_id""")
                        .param(actorIds.toArray(Long[]::new))
                        .query(Long.class)
                        .list();
    }

    /** Is one of these actors a member of a group of this kind in this area (a term not yet over)? */
    boolean hasMemberInKind(String kind, long areaId, java.util.Collection<Long> actorIds) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM network.membership m
                          JOIN network.cooperation_group g ON g.id = m.group_id
                         WHERE g.kind = :kind AND g.area_id = :area AND m.actor_id = ANY(:actors)
                           AND (m.term_end IS NULL OR m.term_end >= current_date))""")
                .param("kind", kind)
                .param("area", areaId)
                .param("actors", actorIds.toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM network.cooperation_group")
                .query(Long.class)
                .single();
    }

    static GroupView map(ResultSet rs) throws SQLException {
        return new GroupView(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("name_sv"),
                rs.getString("kind"),
                rs.getString("owner_actor_id"),
                rs.getString("reports_to_id"),
                rs.getString("mandate"),
                rs.getString("tasks"),
                rs.getObject("term_start", LocalDate.class),
                rs.getObject("term_end", LocalDate.class),
                rs.getString("area_id"),
                rs.getString("area_code"),
                rs.getLong("version"));
    }

    static MembershipView membership(ResultSet rs) throws SQLException {
        return new MembershipView(
                rs.getString("id"),
                rs.getString("group_id"),
                rs.getString("actor_id"),
                rs.getString("contact_person_id"),
                rs.getString("role"),
                rs.getObject("term_start", LocalDate.class),
                rs.getObject("term_end", LocalDate.class),
                rs.getLong("version"));
    }
}
