package fi.turvaverkko.audit.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.RestrictedItems;
import fi.turvaverkko.shared.SqlFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditLog.class);

    /** The action of an entry of restricted data read. */
    public static final String READ = "READ_RESTRICTED";

    /** The item type of an entry that names what one request read. */
    public static final String REQUEST = "REQUEST";

    private static final String WHAT = "what";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final List<RestrictedItems> restricted;

    AuditLog(JdbcClient jdbc, JsonMapper json, List<RestrictedItems> restricted) {
        this.jdbc = jdbc;
        this.json = json;
        this.restricted = restricted;
    }

    @EventListener
    void on(ItemChanged e) {
        write(e.itemType(), e.itemId(), e.action(), e.actorId(), e.changes());
    }

    /**
     * A restricted item handed to the caller: gathered on the request, whose one entry naming every
     * such item is written when it ends ({@link RestrictedReadsFilter}); outside a request, for a
     * user, at once; the application's own work without a user is no one's read.
     */
    @EventListener
    void on(RestrictedItemRead e) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            CurrentUser user = CurrentUser.get();
            if (user.isAnonymous()) {
                // the application's own work (start-up, scheduled jobs) reads for nobody
                return;
            }
            write(
                    user,
                    null,
                    e.itemType(),
                    e.itemId(),
                    READ,
                    null,
                    Map.of(WHAT, Map.of(e.key(), List.of(e.what()))),
                    List.of(e.key()));
            return;
        }
        RequestReads reads;
        synchronized (this) {
            reads = (RequestReads) request.getAttribute(RequestReads.ATTRIBUTE);
            if (reads == null) {
                reads = new RequestReads(CurrentUser.get());
                request.setAttribute(RequestReads.ATTRIBUTE, reads);
            }
        }
        reads.add(e);
    }

    /**
     * Writes the entry of the restricted items a request returned, if it returned any: item type
     * {@code REQUEST}, item id the method and path asked, {@code items} every item as {@code TYPE:id}.
     * Called when the request ends; a failure is logged, as the response has already gone.
     */
    void writeReads(HttpServletRequest request) {
        if (!(request.getAttribute(RequestReads.ATTRIBUTE) instanceof RequestReads reads)) {
            return;
        }
        Map<String, Set<String>> read = reads.drain();
        if (read.isEmpty()) {
            return;
        }
        String path = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            write(
                    reads.user(),
                    request,
                    REQUEST,
                    path.length() > 1000 ? path.substring(0, 1000) : path,
                    READ,
                    null,
                    Map.of(WHAT, read),
                    List.copyOf(read.keySet()));
        } catch (RuntimeException ex) {
            log.error(
                    "The audit entry of {} reading {} could not be written",
                    reads.user().username(),
                    read.keySet(),
                    ex);
        }
    }

    private void write(String itemType, String itemId, String action, Long onBehalfOf, Map<String, Object> changes) {
        write(CurrentUser.get(), currentRequest(), itemType, itemId, action, onBehalfOf, changes, List.of());
    }

    private void write(
            CurrentUser user,
            HttpServletRequest request,
            String itemType,
            String itemId,
            String action,
            Long onBehalfOf,
            Map<String, Object> changes,
            List<String> items) {
        String channel = request == null ? "SYSTEM" : request.getRequestURI().startsWith("/api/") ? "API" : "UI";
        String agent = request == null ? null : request.getHeader("User-Agent");
        jdbc.sql("""
                        INSERT INTO audit.entry (user_id, username, actor_ids, on_behalf_of, item_type, item_id,
                          action, changes, channel, remote_addr, user_agent, items)
                        VALUES (?, ?, ?::bigint[], ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::text[])""")
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
                        agent == null ? null : agent.substring(0, Math.min(agent.length(), 300)),
                        textArray(items))
                .update();
    }

    /** A PostgreSQL array literal of texts, each quoted. */
    private static String textArray(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append('}').toString();
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

    /**
     * A page of entries, newest first. An item filter also finds the requests that read the item. The
     * values of an item the current user may not read are hidden ({@link RestrictedItems}, ADR 0024).
     */
    public PageResult<AuditEntry> list(Filter f, PageParams paging) {
        String type = blank(f.itemType());
        String id = blank(f.itemId());
        SqlFilter where = SqlFilter.create()
                .and("username = :username", "username", blank(f.username()))
                .and("action = :action", "action", blank(f.action()));
        if (type != null && id != null) {
            where.and("((item_type = :itemType AND item_id = :itemId) OR items @> ARRAY[CAST(:itemKey AS text)])")
                    .param("itemType", type)
                    .param("itemId", id)
                    .param("itemKey", type + ":" + id);
        } else if (type != null) {
            where.and("(item_type = :itemType OR EXISTS (SELECT 1 FROM unnest(items) i WHERE i LIKE :itemPrefix))")
                    .param("itemType", type)
                    .param("itemPrefix", like(type) + ":%");
        } else if (id != null) {
            where.and("(item_id = :itemId OR EXISTS (SELECT 1 FROM unnest(items) i WHERE i LIKE :itemSuffix))")
                    .param("itemId", id)
                    .param("itemSuffix", "%:" + like(id));
        }
        where.and(
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
                                : f.to().plusDays(1).atStartOfDay(HELSINKI).toOffsetDateTime());
        PageResult<AuditEntry> page = where.page(
                jdbc,
                "SELECT id, at, user_id::text, username, actor_ids, on_behalf_of, item_type, item_id, action, changes::text,"
                        + " channel, remote_addr, items FROM audit.entry",
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
                        parse(rs.getString("changes")),
                        Set.of(),
                        ids(rs.getArray("items")),
                        rs.getString("channel"),
                        rs.getString("remote_addr"),
                        rs.getString("user_id")));
        return page.map(this::redacted);
    }

    /** The entry with the values the current user may not see replaced by {@link AuditEntry#HIDDEN}. */
    private AuditEntry redacted(AuditEntry e) {
        Set<String> hidden = null;
        for (RestrictedItems r : restricted) {
            if (r.covers(e.itemType())) {
                hidden = r.hiddenFields(e.itemType(), e.itemId(), e.changes());
                break;
            }
        }
        if (hidden == null || hidden.isEmpty()) {
            return e;
        }
        boolean all = hidden.contains(RestrictedItems.ALL.iterator().next());
        Map<String, Object> changes = new LinkedHashMap<>();
        Set<String> hiddenHere = new java.util.TreeSet<>();
        for (var c : e.changes().entrySet()) {
            if (all || hidden.contains(c.getKey())) {
                changes.put(c.getKey(), AuditEntry.HIDDEN);
                hiddenHere.add(c.getKey());
            } else {
                changes.put(c.getKey(), c.getValue());
            }
        }
        return new AuditEntry(
                e.id(),
                e.at(),
                e.username(),
                e.actorIds(),
                e.onBehalfOf(),
                e.itemType(),
                e.itemId(),
                e.action(),
                changes,
                all ? RestrictedItems.ALL : Set.copyOf(hiddenHere),
                e.items(),
                e.channel(),
                e.remoteAddr(),
                e.userId());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String changes) {
        if (changes == null || changes.isBlank()) {
            return Map.of();
        }
        Object value = json.readValue(changes, Object.class);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("value", value);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
