package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.domain.CapService;
import fi.turvaverkko.operations.domain.CapXml;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page that imports a CAP warning: it opens or updates a disruption. */
@Controller
class CapPageController {

    private final DisruptionService disruptions;
    private final CapService cap;
    private final Messages messages;

    CapPageController(DisruptionService disruptions, CapService cap, Messages messages) {
        this.disruptions = disruptions;
        this.cap = cap;
        this.messages = messages;
    }

    @GetMapping("/cap/import")
    String initCap() {
        if (!disruptions.canOpen()) {
            throw new ForbiddenException();
        }
        return "operations/cap-import";
    }

    @PostMapping("/cap/import")
    String processCap(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "xml", required = false) String xml,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > CapXml.MAX_BYTES) {
                    throw new DomainException(413, "error.cap.tooLarge", CapXml.MAX_BYTES / 1024);
                }
                content = file.getBytes();
            } else if (xml != null && !xml.isBlank()) {
                content = xml.getBytes(StandardCharsets.UTF_8);
            } else {
                throw new InvalidInputException("file", "error.file.empty");
            }
            CapService.ImportResult result = cap.importAlert(content);
            redirect.addFlashAttribute("notice", messages.get("cap.imported." + result.action()));
            return result.disruptionId() == null
                    ? "redirect:/disruptions"
                    : "redirect:/disruptions/" + result.disruptionId();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            List<String> errors = new ArrayList<>();
            if (e.problems().isEmpty()) {
                errors.add(messages.get(e.messageKey(), e.args()));
            }
            e.problems().forEach(p -> errors.add(messages.get(p.messageKey(), p.args())));
            model.addAttribute("errors", errors);
            model.addAttribute("xml", xml);
            return "operations/cap-import";
        }
    }
}
