package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.ProgrammeAccess;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.platform.AttachmentAccess;
import fi.turvaverkko.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Attachments of a programme (the approved document itself, annexes): read by those who may read the
 * programme, so a restricted plan's files are as invisible as the plan; added by its editors.
 */
@Component
class ProgrammeAttachments implements AttachmentAccess {

    private final ProgrammeService programmes;
    private final ProgrammeAccess access;

    ProgrammeAttachments(ProgrammeService programmes, ProgrammeAccess access) {
        this.programmes = programmes;
        this.access = access;
    }

    @Override
    public String ownerType() {
        return "PROGRAMME";
    }

    private Optional<ProgrammeView> programme(String id) {
        try {
            return Optional.of(programmes.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean canRead(String ownerId) {
        return programme(ownerId).isPresent();
    }

    @Override
    public boolean restricted(String ownerId) {
        return programme(ownerId).map(ProgrammeView::isRestricted).orElse(false);
    }

    @Override
    public boolean canWrite(String ownerId) {
        return programme(ownerId).map(p -> !p.isArchived() && access.canEdit(p)).orElse(false);
    }
}
