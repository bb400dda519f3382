package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.domain.IndicatorImport;
import fi.turvaverkko.indicators.domain.IndicatorImportResult;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Problem;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import page of indicator values: a file, the template, and every row's error on a refusal. */
@Controller
class IndicatorImportPageController {

    private final IndicatorImport values;
    private final Messages messages;

    IndicatorImportPageController(IndicatorImport values, Messages messages) {
        this.values = values;
        this.messages = messages;
    }

    /** One error of a refused import as the page lists it. */
    record RowError(Integer row, String column, String message) {}

    @GetMapping("/indicators/import")
    String form(Model model) {
        if (!values.canEditSome()) {
            throw new ForbiddenException();
        }
        return "indicators/import";
    }

    @PostMapping("/indicators/import")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!values.canEditSome()) {
            throw new ForbiddenException();
        }
        model.addAttribute("replace", replace);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.get("error.file.empty"));
            return "indicators/import";
        }
        try {
            IndicatorImportResult r = values.importValues(file.getBytes(), replace);
            redirect.addFlashAttribute(
                    "notice", messages.get("indicatorImport.done", r.rows(), r.created(), r.replaced()));
            return "redirect:/indicators/import";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            model.addAttribute("summary", messages.get(e.messageKey(), e.args()));
            List<RowError> errors = e.problems().stream()
                    .map((Problem p) -> new RowError(p.row(), p.column(), messages.get(p.messageKey(), p.args())))
                    .toList();
            model.addAttribute("errors", errors);
            model.addAttribute("filename", file.getOriginalFilename());
            return "indicators/import";
        }
    }

    @GetMapping("/indicators/import/template")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String format) {
        TabularFormat f = TabularFormat.of(format);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"indicator-values-template." + f.extension() + "\"")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(values.template(f));
    }
}
