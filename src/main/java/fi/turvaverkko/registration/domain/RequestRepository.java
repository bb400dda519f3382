package fi.turvaverkko.registration.domain;

import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests of every kind, in one shape: each kind's table has the same columns for the workflow
 * (asker, region, status, decision, what was handed over) beside its own details, which the kind's
 * {@link RequestType} reads and writes. Table and column names come from {@link RequestKind}, never
 * from input.
 */
@Repository("registrationRequestRepository")
class RequestRepository {

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request with its details. */
    record Stored<C>(Request request, C details) {}

    /**
     * Who may read which requests: those of their own organisations, of the regions they coordinate
     * and (join requests) of the groups they chair.
     */
    record Scope(Collection<Long> actorIds, Collection<Long> regionIds, Collection<Long> groupIds) {}

    long insert(RequestKind kind, long actorId, Long regionId, long userId, Map<String, Object> details) {
        StringBuilder columns = new StringBuilder("actor_id, region_id, requested_by");
        StringBuilder values = new StringBuilder(":actor_id, :region_id, :requested_by");
        details.keySet().forEach(c -> {
            columns.append(", ").append(c);
            values.append(", :").append(c);
        });
        var sql = jdbc.sql("INSERT INTO " + kind.table() + " (" + columns + ") VALUES (" + values + ") RETURNING id")
                .param("actor_id", actorId)
                .param("region_id", regionId)
                .param("requested_by", userId);
        for (Map.Entry<String, Object> e : details.entrySet()) {
            sql = sql.param(e.getKey(), e.getValue());
        }
        return sql.query(Long.class).single();
    }

    <C> Optional<Stored<C>> find(RequestType<C, ?> type, long id) {
        return jdbc.sql("SELECT * FROM " + type.kind().table() + " t WHERE t.id = ?")
                .param(id)
                .query((rs, n) -> stored(type, rs))
                .optional();
    }

    /** Stores a decision over a request that is still pending; false when another came first. */
    boolean decide(Request decided) {
        RequestKind kind = decided.kind();
        return jdbc.sql("UPDATE " + kind.table() + " SET status = :status, decided_at = now(), decided_by = :by,"
                                + " reason = :reason, " + kind.resultColumn() + " = CAST(:result AS "
                                + kind.resultType() + "), version = version + 1"
                                + " WHERE id = :id AND status = 'PENDING'")
                        .param("status", decided.status().name())
                        .param("by", decided.decidedBy())
                        .param("reason", decided.reason())
                        .param("result", decided.resultId())
                        .param("id", decided.id())
                        .update()
                == 1;
    }

    boolean hasOpenJoinRequest(long groupId, long actorId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM registration.join_request"
                        + " WHERE group_id = ? AND actor_id = ? AND status = 'PENDING')")
                .params(groupId, actorId)
                .query(Boolean.class)
                .single();
    }

    /**
     * The requests the caller may read ({@code read}), narrowed to those of {@code narrow} when
     * given (the ones to answer, or the caller's own), with the filters of the list.
     */
    <C> PageResult<Stored<C>> list(
            RequestType<C, ?> type,
            Scope read,
            Scope narrow,
            String status,
            Long actorId,
            Long groupId,
            PageParams paging) {
        RequestKind kind = type.kind();
        SqlFilter f = SqlFilter.create();
        scope(f, kind, read, "r");
        if (narrow != null) {
            scope(f, kind, narrow, "n");
        }
        return f.and("t.status = :status", "status", status)
                .and("t.actor_id = :actor", "actor", actorId)
                .and("t.group_id = :group", "group", kind.answeredInGroups() ? groupId : null)
                .page(
                        jdbc,
                        "SELECT t.* FROM " + kind.table() + " t",
                        "SELECT count(*) FROM " + kind.table() + " t",
                        paging,
                        kind.sortable(),
                        "t.created_at DESC, t.id DESC",
                        (rs, n) -> stored(type, rs));
    }

    private static void scope(SqlFilter f, RequestKind kind, Scope s, String p) {
        f.and("(t.actor_id = ANY(:" + p + "a) OR t.region_id = ANY(:" + p + "r)"
                        + (kind.answeredInGroups() ? " OR t.group_id = ANY(:" + p + "g))" : ")"))
                .param(p + "a", s.actorIds().toArray(Long[]::new))
                .param(p + "r", s.regionIds().toArray(Long[]::new));
        if (kind.answeredInGroups()) {
            f.param(p + "g", s.groupIds().toArray(Long[]::new));
        }
    }

    private static <C> Stored<C> stored(RequestType<C, ?> type, ResultSet rs) throws SQLException {
        RequestKind kind = type.kind();
        Request r = new Request(
                rs.getLong("id"),
                kind,
                rs.getLong("actor_id"),
                rs.getObject("region_id", Long.class),
                rs.getObject("requested_by", Long.class),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("reason"),
                rs.getString(kind.resultColumn()),
                rs.getLong("version"));
        return new Stored<>(r, type.read(rs));
    }
}
