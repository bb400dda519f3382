package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.planning.actionlist.domain.MeasureExport;
import fi.turvaverkko.planning.actionlist.domain.MeasureFilter;
import fi.turvaverkko.planning.actionlist.domain.MeasureImport;
import fi.turvaverkko.planning.actionlist.domain.MeasureService;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action list as files on the pages: export (for importing again, or for reading in the reader's
 * language), the import template, and the import with its report of every refused cell.
 */
@Controller
class MeasureFilesController {

    private final MeasureService measures;
    private final MeasureExport export;
    private final MeasureImport imports;
    private final Programmes programmes;
    private final MeasureLabels labels;
    private final Messages messages;

    MeasureFilesController(
            MeasureService measures,
            MeasureExport export,
            MeasureImport imports,
            Programmes programmes,
            MeasureLabels labels,
            Messages messages) {
        this.measures = measures;
        this.export = export;
        this.imports = imports;
        this.programmes = programmes;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/measures/export")
    void export(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String responsibleActor,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String goal,
            @RequestParam(required = false) String layout,
            HttpServletResponse response)
            throws IOException {
        TabularFormat f = TabularFormat.of(format);
        MeasureFilter filter = new MeasureFilter(
                q, programme, area, theme, targetGroup, emphasis, status, responsibleActor, year, goal);
        measures.count(filter);
        if ("reading".equals(layout)) {
            // for people: headings and labels in the reader's language; always a spreadsheet
            Downloads.start(response, TabularFormat.XLSX, "toimenpiteet-luettavaksi");
            export.exportForReading(
                    filter,
                    response.getOutputStream(),
                    messages.get("measure.list.title"),
                    new MeasureReadingColumns(labels, messages, programmes));
            return;
        }
        Downloads.start(response, f, "toimenpiteet");
        export.export(filter, f, response.getOutputStream());
    }

    @GetMapping("/measures/import/template.{format}")
    void template(@PathVariable String format, HttpServletResponse response) throws IOException {
        TabularFormat f = TabularFormat.of(format);
        Downloads.start(response, f, "toimenpiteet-pohja");
        export.template(
                f,
                response.getOutputStream(),
                CurrentUser.get().actorIds().stream()
                        .sorted()
                        .findFirst()
                        .map(String::valueOf)
                        .orElse(null));
    }

    @GetMapping("/measures/import")
    String initImport(@RequestParam(required = false) String programme, Model model) {
        List<ProgrammeView> editable = programmes.editable();
        if (editable.isEmpty()) {
            throw new ForbiddenException();
        }
        model.addAttribute(
                "programmeOptions",
                editable.stream().map(p -> new Option(p.id(), p.localName())).toList());
        model.addAttribute("programmeId", programme);
        return "planning/import";
    }

    @PostMapping("/measures/import")
    String processImport(
            @RequestParam(required = false) String programmeId,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "error.file.empty");
            }
            MeasureImport.ImportResult result = imports.importInto(programmeId, file.getBytes());
            redirect.addFlashAttribute("notice", messages.get("import.done", result.rows()));
            return "redirect:/measures?programme=" + result.programmeId();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            List<ImportError> errors = new ArrayList<>();
            for (Problem p : e.problems()) {
                errors.add(new ImportError(p.row(), p.column(), messages.get(p.messageKey(), p.args())));
            }
            model.addAttribute("importMessage", messages.get(e.messageKey(), e.args()));
            model.addAttribute("importErrors", errors);
            model.addAttribute("filename", file == null ? null : file.getOriginalFilename());
            model.addAttribute(
                    "programmeOptions",
                    programmes.editable().stream()
                            .map(p -> new Option(p.id(), p.localName()))
                            .toList());
            model.addAttribute("programmeId", programmeId);
            return "planning/import";
        }
    }

    /** One error of a refused import, as the report table shows it. */
    record ImportError(Integer row, String column, String message) {}
}
