package fi.turvaverkko.platform;

import fi.turvaverkko.platform.attachment.AttachmentReads;
import fi.turvaverkko.platform.attachment.AttachmentStore;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Files attached to items of any module: stored in PostgreSQL, limited in size, checked by their
 * content, and served as downloads. The owning module's {@link AttachmentAccess} decides who may
 * read and add them.
 */
@Component
public class Attachments {

    private final AttachmentStore store;
    private final AttachmentReads reads;

    Attachments(AttachmentStore store, AttachmentReads reads) {
        this.store = store;
        this.reads = reads;
    }

    /** Stores a file after checking its size and that its content is what its name claims. */
    public AttachmentInfo store(String ownerType, String ownerId, String filename, byte[] content) {
        return store.store(ownerType, ownerId, filename, content);
    }

    /**
     * The attachments of an owner the caller may read (the caller has checked that); those of a
     * restricted owner are recorded in the audit log as read.
     */
    public List<AttachmentInfo> list(String ownerType, String ownerId) {
        return reads.read(store.list(ownerType, ownerId));
    }

    public Optional<AttachmentInfo> find(String id) {
        return store.find(id);
    }

    public byte[] content(String id) {
        return store.content(id);
    }

    public void delete(String id) {
        store.delete(id);
    }
}
