package fi.turvaverkko.platform.attachment;

import fi.turvaverkko.platform.AttachmentAccess;
import fi.turvaverkko.platform.AttachmentInfo;
import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The API of attachments; who may read or add them is decided by the owner's module. */
@RestController
class AttachmentController {

    private final AttachmentStore store;
    private final Map<String, AttachmentAccess> access;
    private final AttachmentReads reads;

    AttachmentController(AttachmentStore store, List<AttachmentAccess> policies, AttachmentReads reads) {
        this.store = store;
        this.reads = reads;
        this.access = policies.stream().collect(Collectors.toMap(AttachmentAccess::ownerType, Function.identity()));
    }

    @GetMapping("/api/v1/attachments")
    List<AttachmentInfo> list(@RequestParam String ownerType, @RequestParam String ownerId) {
        readable(ownerType, ownerId);
        return reads.read(store.list(ownerType, ownerId));
    }

    @PostMapping(value = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentInfo> upload(
            @RequestParam String ownerType, @RequestParam String ownerId, @RequestParam("file") MultipartFile file)
            throws IOException {
        writable(ownerType, ownerId);
        if (file.isEmpty()) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        AttachmentInfo info = store.store(ownerType, ownerId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/attachments/" + info.id()))
                .body(info);
    }

    @GetMapping("/api/v1/attachments/{id}")
    AttachmentInfo one(@PathVariable String id) {
        AttachmentInfo info = store.find(id).orElseThrow(NotFoundException::new);
        readable(info.ownerType(), info.ownerId());
        reads.read(List.of(info));
        return info;
    }

    @GetMapping({"/api/v1/attachments/{id}/content", "/attachments/{id}"})
    ResponseEntity<byte[]> download(@PathVariable String id) {
        AttachmentInfo info = one(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(info.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(info.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(store.content(id));
    }

    @DeleteMapping("/api/v1/attachments/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        AttachmentInfo info = one(id);
        writable(info.ownerType(), info.ownerId());
        store.delete(id);
        return ResponseEntity.noContent().build();
    }

    private AttachmentAccess readable(String ownerType, String ownerId) {
        AttachmentAccess policy = access.get(ownerType);
        if (policy == null || !policy.canRead(ownerId)) {
            throw new NotFoundException();
        }
        return policy;
    }

    private void writable(String ownerType, String ownerId) {
        if (!readable(ownerType, ownerId).canWrite(ownerId)) {
            throw new ForbiddenException();
        }
    }

    /** An attachment is at most {@code turvaverkko.attachments.max-size}: a larger upload is refused unread. */
    @Bean
    static BodyLimit attachmentApiLimit(AttachmentProperties properties) {
        return new BodyLimit("/api/v1/attachments", properties.maxSize());
    }

    @Bean
    static BodyLimit attachmentPageLimit(AttachmentProperties properties) {
        return new BodyLimit("/attachments", properties.maxSize());
    }
}
