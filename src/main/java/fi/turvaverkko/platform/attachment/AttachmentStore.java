package fi.turvaverkko.platform.attachment;

import fi.turvaverkko.platform.AttachmentInfo;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores attachments in PostgreSQL after checking their size and content. */
@Component
public class AttachmentStore {

    private static final String COLUMNS =
            "id, owner_type, owner_id, filename, content_type, size_bytes, sha256, created_at, created_by";

    private final JdbcClient jdbc;
    private final AttachmentProperties properties;
    private final ApplicationEventPublisher events;

    AttachmentStore(JdbcClient jdbc, AttachmentProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    @Transactional
    public AttachmentInfo store(String ownerType, String ownerId, String filename, byte[] content) {
        String name = clean(filename);
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "validation.required");
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw new DomainException(
                    413, "error.fileTooLarge.limit", properties.maxSize().toMegabytes());
        }
        String detected = FileTypes.detect(content);
        if (!FileTypes.agrees(name, detected)) {
            throw new DomainException(415, "error.file.type", name);
        }
        String contentType = FileTypes.contentTypeOf(name);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String by = auth == null ? "system" : auth.getName();
        long id = jdbc.sql("""
                        INSERT INTO platform.attachment
                          (owner_type, owner_id, filename, content_type, size_bytes, sha256, content, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(ownerType, ownerId, name, contentType, content.length, sha256(content), content, by)
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ownerType", ownerType);
        details.put("ownerId", ownerId);
        details.put("filename", name);
        details.put("sizeBytes", content.length);
        events.publishEvent(ItemChanged.action("ATTACHMENT", id, "CREATE", details));
        return find(String.valueOf(id)).orElseThrow();
    }

    public List<AttachmentInfo> list(String ownerType, String ownerId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM platform.attachment WHERE owner_type = ? AND owner_id = ? ORDER BY id")
                .params(ownerType, ownerId)
                .query(MAPPER)
                .list();
    }

    public Optional<AttachmentInfo> find(String id) {
        Long key;
        try {
            key = Ids.parse(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.attachment WHERE id = ?")
                .param(key)
                .query(MAPPER)
                .optional();
    }

    public byte[] content(String id) {
        return jdbc.sql("SELECT content FROM platform.attachment WHERE id = ?")
                .param(Ids.parse(id))
                .query(byte[].class)
                .optional()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void delete(String id) {
        AttachmentInfo info = find(id).orElseThrow(NotFoundException::new);
        jdbc.sql("DELETE FROM platform.attachment WHERE id = ?")
                .param(Ids.parse(id))
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ownerType", info.ownerType());
        details.put("ownerId", info.ownerId());
        details.put("filename", info.filename());
        events.publishEvent(ItemChanged.action("ATTACHMENT", id, "DELETE", details));
    }

    /** Keeps only the last path segment and drops control characters and quotes. */
    static String clean(String filename) {
        if (filename == null) {
            return "";
        }
        String name = filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").trim();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final RowMapper<AttachmentInfo> MAPPER = (rs, n) -> new AttachmentInfo(
            rs.getString("id"),
            rs.getString("owner_type"),
            rs.getString("owner_id"),
            rs.getString("filename"),
            rs.getString("content_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getString("created_by"));
}
