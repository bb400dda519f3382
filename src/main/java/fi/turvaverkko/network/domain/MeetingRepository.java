package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.ActionItem;
import fi.turvaverkko.network.MeetingView.Attendance;
import fi.turvaverkko.network.MeetingView.Item;
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

/** Meetings with their attendance, numbered items and action items. */
@Repository
class MeetingRepository {

    private static final String SELECT = "SELECT m.* FROM network.meeting m";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of the meeting list. */
    record Filter(Long groupId, OffsetDateTime from, OffsetDateTime to, String status, List<Long> groupIds) {}

    PageResult<MeetingView> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and("m.group_id = :group", "group", f.groupId())
                .and("m.starts_at >= :from", "from", f.from())
                .and("m.starts_at < :to", "to", f.to())
                .and("m.status = :status", "status", f.status())
                .and(
                        "m.group_id = ANY(:groups)",
                        "groups",
                        f.groupIds() == null ? null : f.groupIds().toArray(Long[]::new))
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM network.meeting m",
                        paging,
                        Map.of("startsAt", "m.starts_at", "title", "m.title", "status", "m.status"),
                        "m.starts_at DESC, m.id DESC",
                        (rs, n) -> map(rs));
    }

    Optional<MeetingView> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<MeetingView> ofGroup(long groupId, int limit) {
        return jdbc.sql(SELECT + " WHERE m.group_id = ? ORDER BY m.starts_at DESC LIMIT ?")
                .params(groupId, limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    long insert(long groupId, MeetingCommand m) {
        return jdbc.sql("""
                        INSERT INTO network.meeting (group_id, title, starts_at, ends_at, place, minute_checkers)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(groupId, m.title(), m.startsAt(), m.endsAt(), m.place(), m.minuteCheckers())
                .query(Long.class)
                .single();
    }

    boolean update(long id, long version, MeetingCommand m) {
        return jdbc.sql("""
                        UPDATE network.meeting SET title = ?, starts_at = ?, ends_at = ?, place = ?, minute_checkers = ?,
                          version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(m.title(), m.startsAt(), m.endsAt(), m.place(), m.minuteCheckers(), id, version)
                        .update()
                == 1;
    }

    /** Moves the meeting to the next state when it is still in the expected one. */
    boolean transition(long id, String from, String to, String by) {
        String extra = switch (to) {
            case "APPROVED" -> ", approved_at = now(), approved_by = :by";
            case "PUBLISHED" -> ", published_at = now()";
            default -> "";
        };
        return jdbc.sql("UPDATE network.meeting SET status = :to, version = version + 1" + extra
                                + " WHERE id = :id AND status = :from")
                        .param("to", to)
                        .param("from", from)
                        .param("id", id)
                        .param("by", by)
                        .update()
                == 1;
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM network.meeting WHERE id = ?").param(id).update();
    }

    void setAttendance(long meetingId, List<Attendance> attendance) {
        jdbc.sql("DELETE FROM network.meeting_attendance WHERE meeting_id = ?")
                .param(meetingId)
                .update();
        for (Attendance a : attendance) {
            jdbc.sql(
                            "INSERT INTO network.meeting_attendance (meeting_id, actor_id, person_name, present) VALUES (?, ?, ?, ?)")
                    .params(meetingId, Long.valueOf(a.actorId()), a.personName(), a.present() == null || a.present())
                    .update();
        }
    }

    List<Attendance> attendance(long meetingId) {
        return jdbc.sql("""
                        SELECT t.actor_id, t.person_name, t.present FROM network.meeting_attendance t
                        JOIN network.actor a ON a.id = t.actor_id WHERE t.meeting_id = ? ORDER BY a.name, t.id""")
                .param(meetingId)
                .query((rs, n) -> new Attendance(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    List<Item> items(long meetingId) {
        return jdbc.sql("SELECT * FROM network.meeting_item WHERE meeting_id = ? ORDER BY number")
                .param(meetingId)
                .query((rs, n) -> item(rs))
                .list();
    }

    Optional<Item> item(long meetingId, long itemId) {
        return jdbc.sql("SELECT * FROM network.meeting_item WHERE meeting_id = ? AND id = ?")
                .params(meetingId, itemId)
                .query((rs, n) -> item(rs))
                .optional();
    }

    int nextItemNumber(long meetingId) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM network.meeting_item WHERE meeting_id = ?")
                .param(meetingId)
                .query(Integer.class)
                .single();
    }

    long insertItem(long meetingId, ItemCommand i) {
        return jdbc.sql("INSERT INTO network.meeting_item (meeting_id, number, title, proposal, decision)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(meetingId, i.number(), i.title(), i.proposal(), i.decision())
                .query(Long.class)
                .single();
    }

    boolean updateItem(long itemId, long version, ItemCommand i) {
        return jdbc.sql("""
                        UPDATE network.meeting_item SET number = ?, title = ?, proposal = ?, decision = ?,
                          version = version + 1 WHERE id = ? AND version = ?""")
                        .params(i.number(), i.title(), i.proposal(), i.decision(), itemId, version)
                        .update()
                == 1;
    }

    void deleteItem(long itemId) {
        jdbc.sql("DELETE FROM network.meeting_item WHERE id = ?").param(itemId).update();
    }

    List<ActionItem> actionItems(long meetingId) {
        return jdbc.sql("SELECT * FROM network.action_item WHERE meeting_id = ? ORDER BY id")
                .param(meetingId)
                .query((rs, n) -> actionItem(rs))
                .list();
    }

    /** The action items of these meetings, by meeting, in the order they were recorded. */
    Map<Long, List<ActionItem>> actionItemsOf(java.util.Collection<Long> meetingIds) {
        Map<Long, List<ActionItem>> byMeeting = new java.util.LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return byMeeting;
        }
        jdbc.sql("SELECT * FROM network.action_item WHERE meeting_id = ANY(?) ORDER BY id")
                .param(meetingIds.toArray(Long[]::new))
                .query(rs -> {
                    byMeeting
                            .computeIfAbsent(rs.getLong("meeting_id"), k -> new java.util.ArrayList<>())
                            .add(actionItem(rs));
                });
        return byMeeting;
    }

    Optional<ActionItem> actionItem(long id) {
        return jdbc.sql("SELECT * FROM network.action_item WHERE id = ?")
                .param(id)
                .query((rs, n) -> actionItem(rs))
                .optional();
    }

    Optional<Long> meetingOfActionItem(long id) {
        return jdbc.sql("SELECT meeting_id FROM network.action_item WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional();
    }

    long insertActionItem(long meetingId, ActionItemCommand a) {
        return jdbc.sql("""
                        INSERT INTO network.action_item (meeting_id, item_id, description, responsible_actor_id, due_date)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        meetingId,
                        a.itemId() == null ? null : Long.valueOf(a.itemId()),
                        a.description(),
                        a.responsibleActorId() == null ? null : Long.valueOf(a.responsibleActorId()),
                        a.dueDate())
                .query(Long.class)
                .single();
    }

    boolean updateActionItem(long id, long version, ActionItemCommand a) {
        return jdbc.sql("""
                        UPDATE network.action_item SET item_id = ?, description = ?, responsible_actor_id = ?, due_date = ?,
                          status = ?, version = version + 1 WHERE id = ? AND version = ?""")
                        .params(
                                a.itemId() == null ? null : Long.valueOf(a.itemId()),
                                a.description(),
                                a.responsibleActorId() == null ? null : Long.valueOf(a.responsibleActorId()),
                                a.dueDate(),
                                a.status(),
                                id,
                                version)
                        .update()
                == 1;
    }

    void markConverted(long id, long measureId) {
        jdbc.sql(
                        "UPDATE network.action_item SET status = 'CONVERTED', measure_id = ?, version = version + 1 WHERE id = ?")
                .params(measureId, id)
                .update();
    }

    void deleteActionItem(long id) {
        jdbc.sql("DELETE FROM network.action_item WHERE id = ?").param(id).update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM network.meeting")
                .query(Long.class)
                .single();
    }

    static MeetingView map(ResultSet rs) throws SQLException {
        return new MeetingView(
                rs.getString("id"),
                rs.getString("group_id"),
                rs.getString("title"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("place"),
                rs.getString("status"),
                rs.getString("minute_checkers"),
                rs.getObject("approved_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getObject("published_at", OffsetDateTime.class),
                null,
                null,
                null,
                rs.getLong("version"));
    }

    static Item item(ResultSet rs) throws SQLException {
        return new Item(
                rs.getString("id"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getString("proposal"),
                rs.getString("decision"),
                rs.getLong("version"));
    }

    static ActionItem actionItem(ResultSet rs) throws SQLException {
        return new ActionItem(
                rs.getString("id"),
                rs.getString("item_id"),
                rs.getString("description"),
                rs.getString("responsible_actor_id"),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("status"),
                rs.getString("measure_id"),
                rs.getLong("version"));
    }
}
