package fi.turvaverkko.network.web;

import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.domain.MeetingService;
import fi.turvaverkko.platform.AttachmentAccess;
import fi.turvaverkko.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Attachments of a meeting (agenda papers, signed minutes) are read by those who see its minutes
 * and added by the group's members until the minutes are approved.
 */
@Component
class MeetingAttachments implements AttachmentAccess {

    private final MeetingService meetings;

    MeetingAttachments(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public String ownerType() {
        return "MEETING";
    }

    @Override
    public boolean canRead(String ownerId) {
        try {
            return meetings.canSeeMinutes(meetings.get(ownerId));
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public boolean canWrite(String ownerId) {
        MeetingView m = meetings.get(ownerId);
        return meetings.canEdit(m) && ("PLANNED".equals(m.status()) || "HELD".equals(m.status()));
    }
}
