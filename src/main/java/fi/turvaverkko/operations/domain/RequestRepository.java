package fi.turvaverkko.operations.domain;

import fi.turvaverkko.operations.CommitmentView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.RequestView;
import fi.turvaverkko.operations.SituationPicture;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resource requests, offers and commitments. */
@Repository
public class RequestRepository {

    static final String REQUEST = """
            SELECT q.*, t.code AS type_code, a.code AS area_code,
                   (SELECT coalesce(sum(c.quantity), 0) FROM operations.commitment c
                     WHERE c.request_id = q.id AND c.status <> 'RELEASED') AS committed_units,
                   (SELECT array_agg(rr.actor_id::text ORDER BY rr.actor_id) FROM operations.request_recipient rr
                     WHERE rr.request_id = q.id) AS asked
              FROM operations.resource_request q JOIN resources.resource_type t ON t.id = q.resource_type_id
              LEFT JOIN network.area a ON a.id = q.area_id""";
    static final String OFFER = """
            SELECT o.*, (SELECT coalesce(sum(c.quantity), 0) FROM operations.commitment c
                          WHERE c.offer_id = o.id) AS committed_units
              FROM operations.offer o""";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RequestRow(
            long disruptionId,
            long typeId,
            int quantity,
            OffsetDateTime neededBy,
            Long areaId,
            Double lat,
            Double lon,
            String description,
            long requestedByActorId,
            String requestedBy) {}

    public long insertRequest(RequestRow r, List<Long> recipients) {
        long id = jdbc.sql("""
                        INSERT INTO operations.resource_request (disruption_id, resource_type_id, quantity, needed_by,
                          area_id, lat, lon, description, requested_by_actor_id, requested_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        r.disruptionId(),
                        r.typeId(),
                        r.quantity(),
                        r.neededBy(),
                        r.areaId(),
                        r.lat(),
                        r.lon(),
                        r.description(),
                        r.requestedByActorId(),
                        r.requestedBy())
                .query(Long.class)
                .single();
        for (Long a : recipients) {
            jdbc.sql(
                            "INSERT INTO operations.request_recipient (request_id, actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(id, a)
                    .update();
        }
        return id;
    }

    public Optional<RequestView> request(long id) {
        return jdbc.sql(REQUEST + " WHERE q.id = ?")
                .param(id)
                .query((rs, n) -> request(rs))
                .optional();
    }

    /** Locks a request's row while an offer or a commitment is added to it. */
    public Optional<String> lockRequest(long id) {
        return jdbc.sql("SELECT status FROM operations.resource_request WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional();
    }

    public List<RequestView> requestsOf(long disruptionId, String status, int limit, long offset) {
        return jdbc.sql(REQUEST + " WHERE q.disruption_id = ? AND (?::text IS NULL OR q.status = ?) ORDER BY q.id"
                        + " LIMIT ? OFFSET ?")
                .params(disruptionId, status, status, limit, offset)
                .query((rs, n) -> request(rs))
                .list();
    }

    public long countRequests(long disruptionId, String status) {
        return jdbc.sql("SELECT count(*) FROM operations.resource_request q WHERE q.disruption_id = ?"
                        + " AND (?::text IS NULL OR q.status = ?)")
                .params(disruptionId, status, status)
                .query(Long.class)
                .single();
    }

    public void setRequestStatus(long id, String status) {
        jdbc.sql("UPDATE operations.resource_request SET status = ?, version = version + 1 WHERE id = ?")
                .params(status, id)
                .update();
    }

    /** Every request of a disruption with its offers and commitments: three queries, however many. */
    public List<SituationPicture.RequestLine> linesOf(long disruptionId) {
        List<RequestView> reqs = jdbc.sql(REQUEST + " WHERE q.disruption_id = ? ORDER BY q.id")
                .param(disruptionId)
                .query((rs, n) -> request(rs))
                .list();
        Map<String, List<OfferView>> offers = new LinkedHashMap<>();
        jdbc.sql(OFFER + " JOIN operations.resource_request q ON q.id = o.request_id WHERE q.disruption_id = ?"
                        + " ORDER BY o.id")
                .param(disruptionId)
                .query((rs, n) -> offer(rs))
                .list()
                .forEach(o -> offers.computeIfAbsent(o.requestId(), k -> new ArrayList<>())
                        .add(o));
        Map<String, List<CommitmentView>> commitments = new LinkedHashMap<>();
        jdbc.sql("SELECT c.* FROM operations.commitment c JOIN operations.resource_request q ON q.id = c.request_id"
                        + " WHERE q.disruption_id = ? ORDER BY c.id")
                .param(disruptionId)
                .query((rs, n) -> commitment(rs))
                .list()
                .forEach(c -> commitments
                        .computeIfAbsent(c.requestId(), k -> new ArrayList<>())
                        .add(c));
        List<SituationPicture.RequestLine> lines = new ArrayList<>();
        for (RequestView r : reqs) {
            lines.add(new SituationPicture.RequestLine(
                    r, offers.getOrDefault(r.id(), List.of()), commitments.getOrDefault(r.id(), List.of())));
        }
        return lines;
    }

    public long insertOffer(
            long requestId,
            long resourceId,
            long actorId,
            int quantity,
            OffsetDateTime eta,
            String note,
            String offeredBy) {
        return jdbc.sql("""
                        INSERT INTO operations.offer (request_id, resource_id, actor_id, quantity, eta, note, offered_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(requestId, resourceId, actorId, quantity, eta, note, offeredBy)
                .query(Long.class)
                .single();
    }

    public Optional<OfferView> offer(long id) {
        return jdbc.sql(OFFER + " WHERE o.id = ?")
                .param(id)
                .query((rs, n) -> offer(rs))
                .optional();
    }

    public Optional<OfferView> lockOffer(long id) {
        jdbc.sql("SELECT id FROM operations.offer WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Long.class)
                .optional();
        return offer(id);
    }

    public List<OfferView> offersOf(long requestId) {
        return jdbc.sql(OFFER + " WHERE o.request_id = ? ORDER BY o.id")
                .param(requestId)
                .query((rs, n) -> offer(rs))
                .list();
    }

    public void setOfferStatus(long id, String status) {
        jdbc.sql("UPDATE operations.offer SET status = ?, version = version + 1 WHERE id = ?")
                .params(status, id)
                .update();
    }

    public long insertCommitment(OfferView o, int quantity, OffsetDateTime eta, String by) {
        return jdbc.sql("""
                        INSERT INTO operations.commitment (offer_id, request_id, resource_id, quantity, eta, committed_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        Long.parseLong(o.id()),
                        Long.parseLong(o.requestId()),
                        Long.parseLong(o.resourceId()),
                        quantity,
                        eta,
                        by)
                .query(Long.class)
                .single();
    }

    public Optional<CommitmentView> commitment(long id) {
        return jdbc.sql("SELECT * FROM operations.commitment WHERE id = ?")
                .param(id)
                .query((rs, n) -> commitment(rs))
                .optional();
    }

    /** Moves a commitment on, if it still is in the expected status; false when someone was first. */
    public boolean moveCommitment(long id, String from, String to) {
        String stamp = "DEPLOYED".equals(to) ? ", deployed_at = now()" : ", released_at = now()";
        return jdbc.sql("UPDATE operations.commitment SET status = ?" + stamp
                                + ", version = version + 1 WHERE id = ? AND status = ?")
                        .params(to, id, from)
                        .update()
                == 1;
    }

    public String typeName(String typeCode) {
        return jdbc.sql("SELECT name_fi FROM resources.resource_type WHERE code = ?")
                .param(typeCode)
                .query(String.class)
                .optional()
                .orElse(typeCode);
    }

    public String ownerName(String offerId) {
        return jdbc.sql(
                        "SELECT a.name FROM operations.offer o JOIN network.actor a ON a.id = o.actor_id WHERE o.id = ?")
                .param(Long.parseLong(offerId))
                .query(String.class)
                .optional()
                .orElse("");
    }

    /** The owners' names of every offer of a disruption, by offer id: one query for the picture. */
    public Map<String, String> ownerNames(long disruptionId) {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT o.id::text, a.name FROM operations.offer o JOIN network.actor a ON a.id = o.actor_id
                          JOIN operations.resource_request q ON q.id = o.request_id WHERE q.disruption_id = ?""").param(disruptionId).query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    /** The disruption a request, offer or commitment belongs to. */
    public Optional<Long> disruptionOfRequest(long requestId) {
        return jdbc.sql("SELECT disruption_id FROM operations.resource_request WHERE id = ?")
                .param(requestId)
                .query(Long.class)
                .optional();
    }

    static RequestView request(ResultSet rs) throws SQLException {
        java.sql.Array asked = rs.getArray("asked");
        return new RequestView(
                rs.getString("id"),
                rs.getString("disruption_id"),
                rs.getString("type_code"),
                rs.getInt("quantity"),
                rs.getInt("committed_units"),
                rs.getObject("needed_by", OffsetDateTime.class),
                rs.getString("area_code"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lon"),
                rs.getString("description"),
                rs.getString("status"),
                rs.getString("requested_by_actor_id"),
                rs.getString("requested_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                asked == null ? List.of() : Arrays.asList((String[]) asked.getArray()),
                rs.getLong("version"));
    }

    static OfferView offer(ResultSet rs) throws SQLException {
        return new OfferView(
                rs.getString("id"),
                rs.getString("request_id"),
                rs.getString("resource_id"),
                rs.getString("actor_id"),
                rs.getInt("quantity"),
                rs.getInt("committed_units"),
                rs.getObject("eta", OffsetDateTime.class),
                rs.getString("note"),
                rs.getString("status"),
                rs.getString("offered_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getLong("version"));
    }

    static CommitmentView commitment(ResultSet rs) throws SQLException {
        return new CommitmentView(
                rs.getString("id"),
                rs.getString("offer_id"),
                rs.getString("request_id"),
                rs.getString("resource_id"),
                rs.getInt("quantity"),
                rs.getString("status"),
                rs.getObject("eta", OffsetDateTime.class),
                rs.getObject("committed_at", OffsetDateTime.class),
                rs.getString("committed_by"),
                rs.getObject("deployed_at", OffsetDateTime.class),
                rs.getObject("released_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
