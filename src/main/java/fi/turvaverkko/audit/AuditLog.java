package fi.turvaverkko.audit;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.SqlFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and lists audit entries. The listeners run synchronously in the publisher's transaction,
 * so an entry exists exactly when its change does (ADR 0003).
 */
@Service
public class AuditLog {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void on(ItemChanged e) {
        write(e.itemType(), e.itemId(), e.action(), e.actorId(), e.changes());
    }

    @EventListener
    void on(RestrictedItemRead e) {
        write(e.itemType(), e.itemId(), "READ_RESTRICTED", null, Map.of("what", e.what()));
    }

    private void write(String itemType, String itemId, String action, Long onBehalfOf, Map<String, Object> changes) {
        CurrentUser user = CurrentUser.get();
        HttpServletRequest request = currentRequest();
        String channel = request == null ? "SYSTEM" : request.getRequestURI().startsWith("/api/") ? "API" : "UI";
        String agent = request == null ? null : request.getHeader("User-Agent");
        jdbc.sql("""
                        INSERT INTO audit.entry (user_id, username, actor_ids, on_behalf_of, item_type, item_id,
                          action, changes, channel, remote_addr, user_agent)
                        VALUES (?, ?, ?::bigint[], ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        user.id(),
                        user.isAnonymous() ? (request == null ? "system" : "anonymous") : user.username(),
                        "{"
                                + String.join(
                                        ",",
                                        user.actorIds().stream()
                                                .sorted()
                                                .map(String::valueOf)
                                                .toList()) + "}",
                        onBehalfOf,
                        itemType,
                        itemId,
                        action,
                        json.writeValueAsString(changes == null ? Map.of() : changes),
                        channel,
                        request == null ? null : request.getRemoteAddr(),
                        agent == null ? null : agent.substring(0, Math.min(agent.length(), 300)))
                .update();
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest();
        }
        return null;
    }

    /** The filters of the audit page. */
    public record Filter(
            String username, String itemType, String itemId, String action, LocalDate from, LocalDate to) {}

    public PageResult<AuditEntry> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and("username = :username", "username", blank(f.username()))
                .and("item_type = :itemType", "itemType", blank(f.itemType()))
                .and("item_id = :itemId", "itemId", blank(f.itemId()))
                .and("action = :action", "action", blank(f.action()))
                .and(
                        "at >= :from",
                        "from",
                        f.from() == null
                                ? null
                                : f.from().atStartOfDay(HELSINKI).toOffsetDateTime())
                .and(
                        "at < :to",
                        "to",
                        f.to() == null
                                ? null
                                : f.to().plusDays(1).atStartOfDay(HELSINKI).toOffsetDateTime())
                .page(
                        jdbc,
                        "SELECT id, at, username, actor_ids, on_behalf_of, item_type, item_id, action, changes::text,"
                                + " channel, remote_addr FROM audit.entry",
                        "SELECT count(*) FROM audit.entry",
                        paging,
                        Map.of("at", "at", "username", "username", "itemType", "item_type"),
                        "id DESC",
                        (rs, n) -> new AuditEntry(
                                rs.getString("id"),
                                rs.getObject("at", OffsetDateTime.class),
                                rs.getString("username"),
                                ids(rs.getArray("actor_ids")),
                                rs.getString("on_behalf_of"),
                                rs.getString("item_type"),
                                rs.getString("item_id"),
                                rs.getString("action"),
                                rs.getString("changes"),
                                rs.getString("channel"),
                                rs.getString("remote_addr")));
    }

    public List<String> itemTypes() {
        return jdbc.sql("SELECT DISTINCT item_type FROM audit.entry ORDER BY 1")
                .query(String.class)
                .list();
    }

    private static List<String> ids(Array a) throws java.sql.SQLException {
        return a == null
                ? List.of()
                : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
