package fi.turvaverkko.platform.attachment;

import fi.turvaverkko.platform.AttachmentAccess;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.NotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing attachments from the pages of any module, back to the page afterwards. */
@Controller
class AttachmentPageController {

    private final AttachmentStore store;
    private final Map<String, AttachmentAccess> access;
    private final Messages messages;

    AttachmentPageController(AttachmentStore store, List<AttachmentAccess> policies, Messages messages) {
        this.store = store;
        this.access = policies.stream().collect(Collectors.toMap(AttachmentAccess::ownerType, Function.identity()));
        this.messages = messages;
    }

    @PostMapping("/attachments")
    String upload(
            @RequestParam String ownerType,
            @RequestParam String ownerId,
            @RequestParam String returnTo,
            @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        AttachmentAccess policy = access.get(ownerType);
        if (policy == null || !policy.canRead(ownerId)) {
            throw new NotFoundException();
        }
        if (!policy.canWrite(ownerId)) {
            throw new fi.turvaverkko.shared.ForbiddenException();
        }
        try {
            if (file == null || file.isEmpty()) {
                throw new fi.turvaverkko.shared.InvalidInputException("file", "error.file.empty");
            }
            var info = store.store(ownerType, ownerId, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", messages.get("attachment.added", info.filename()));
        } catch (DomainException e) {
            String key = e.problems().isEmpty()
                    ? e.messageKey()
                    : e.problems().get(0).messageKey();
            Object[] args =
                    e.problems().isEmpty() ? e.args() : e.problems().get(0).args();
            redirect.addFlashAttribute("attachmentError", messages.get(key, args));
        }
        return "redirect:" + localPath(returnTo);
    }

    @PostMapping("/attachments/{id}/delete")
    String delete(@PathVariable String id, @RequestParam String returnTo, RedirectAttributes redirect) {
        var info = store.find(id).orElseThrow(NotFoundException::new);
        AttachmentAccess policy = access.get(info.ownerType());
        if (policy == null || !policy.canRead(info.ownerId())) {
            throw new NotFoundException();
        }
        if (!policy.canWrite(info.ownerId())) {
            throw new fi.turvaverkko.shared.ForbiddenException();
        }
        store.delete(id);
        redirect.addFlashAttribute("notice", messages.get("attachment.removed", info.filename()));
        return "redirect:" + localPath(returnTo);
    }

    /** Only a path on this site, so that the form cannot send people elsewhere. */
    static String localPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return "/";
        }
        return returnTo;
    }
}
