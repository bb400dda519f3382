package fi.turvaverkko.registration.domain;

import java.util.Map;

/**
 * The three kinds of request an organisation's users make. They share one workflow ({@link Request});
 * each keeps its details in its own table, and approving it hands over something to another part of
 * the service: a membership, a measure, a resource.
 */
public enum RequestKind {
    JOIN("join_request", "membership_id", "bigint", "JOIN_REQUEST", "joinRequest", "/join-requests", null),
    PROPOSAL("measure_proposal", "measure_id", "text", "MEASURE_PROPOSAL", "proposal", "/measure-proposals", "title"),
    OFFER("resource_offer", "resource_id", "text", "RESOURCE_OFFER", "offer", "/resource-offers", "name");

    private final String table;
    private final String resultColumn;
    private final String resultType;
    private final String auditType;
    private final String messages;
    private final String path;
    private final String subjectColumn;

    RequestKind(
            String table,
            String resultColumn,
            String resultType,
            String auditType,
            String messages,
            String path,
            String subjectColumn) {
        this.table = table;
        this.resultColumn = resultColumn;
        this.resultType = resultType;
        this.auditType = auditType;
        this.messages = messages;
        this.path = path;
        this.subjectColumn = subjectColumn;
    }

    /** The table in the registration schema, e.g. {@code registration.join_request}. */
    String table() {
        return "registration." + table;
    }

    /** The column that names what the approval handed over, and its SQL type. */
    String resultColumn() {
        return resultColumn;
    }

    String resultType() {
        return resultType;
    }

    /** The item type of the audit log. */
    public String auditType() {
        return auditType;
    }

    /** The prefix of the kind's message keys, e.g. {@code joinRequest} in {@code joinRequest.list.title}. */
    public String messages() {
        return messages;
    }

    /** The path of the kind's pages and, under {@code /api/v1}, of its API. */
    public String path() {
        return path;
    }

    /** Join requests are also answered by the chair of the group they ask to join. */
    boolean answeredInGroups() {
        return this == JOIN;
    }

    /** The list's sort fields: when it was made, its state and, where it has one, its title or name. */
    Map<String, String> sortable() {
        return subjectColumn == null
                ? Map.of("createdAt", "t.created_at", "status", "t.status")
                : Map.of("createdAt", "t.created_at", "status", "t.status", subjectColumn, "t." + subjectColumn);
    }
}
