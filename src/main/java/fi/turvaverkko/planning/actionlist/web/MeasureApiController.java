package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.actionlist.domain.BudgetService;
import fi.turvaverkko.planning.actionlist.domain.MeasureCommand;
import fi.turvaverkko.planning.actionlist.domain.MeasureEditing;
import fi.turvaverkko.planning.actionlist.domain.MeasureExport;
import fi.turvaverkko.planning.actionlist.domain.MeasureFilter;
import fi.turvaverkko.planning.actionlist.domain.MeasureImport;
import fi.turvaverkko.planning.actionlist.domain.MeasureService;
import fi.turvaverkko.planning.actionlist.domain.ProgressCommand;
import fi.turvaverkko.planning.actionlist.domain.ProgressReports;
import fi.turvaverkko.planning.actionlist.domain.ProgressView;
import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/measures}: the action list, its progress, export and import; and the budget view. A
 * {@code PUT} takes the measure as {@code GET} gave it: the body is read as the view (an unknown field
 * is 400) and turned into the command, which leaves the read-only fields behind.
 */
@RestController
class MeasureApiController {

    private final MeasureService measures;
    private final MeasureEditing editing;
    private final ProgressReports progress;
    private final MeasureExport export;
    private final MeasureImport imports;
    private final BudgetService budget;

    MeasureApiController(
            MeasureService measures,
            MeasureEditing editing,
            ProgressReports progress,
            MeasureExport export,
            MeasureImport imports,
            BudgetService budget) {
        this.measures = measures;
        this.editing = editing;
        this.progress = progress;
        this.export = export;
        this.imports = imports;
        this.budget = budget;
    }

    @GetMapping("/api/v1/measures")
    PageResult<MeasureView> list(
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
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return measures.list(
                new MeasureFilter(
                        q, programme, area, theme, targetGroup, emphasis, status, responsibleActor, year, goal),
                PageParams.of(page, size, sort));
    }

    @GetMapping("/api/v1/measures/{id}")
    MeasureView one(@PathVariable String id) {
        return measures.get(id);
    }

    @PostMapping("/api/v1/measures")
    ResponseEntity<MeasureView> create(@RequestBody MeasureView measure) {
        MeasureView created = editing.create(MeasureCommand.of(measure));
        return ResponseEntity.created(URI.create("/api/v1/measures/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/measures/{id}")
    MeasureView update(@PathVariable String id, @RequestBody MeasureView measure) {
        return editing.update(id, MeasureCommand.of(measure));
    }

    @DeleteMapping("/api/v1/measures/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        editing.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/measures/{id}/progress")
    List<ProgressView> progress(@PathVariable String id) {
        return measures.progress(id, 500);
    }

    @PostMapping("/api/v1/measures/{id}/progress")
    ResponseEntity<ProgressView> addProgress(@PathVariable String id, @RequestBody ProgressView progress) {
        ProgressView created = this.progress.add(id, ProgressCommand.of(progress));
        return ResponseEntity.created(URI.create("/api/v1/measures/" + id + "/progress/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/measures/export")
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
            HttpServletResponse response)
            throws IOException {
        TabularFormat f = TabularFormat.of(format);
        MeasureFilter filter = new MeasureFilter(
                q, programme, area, theme, targetGroup, emphasis, status, responsibleActor, year, goal);
        // refuse bad filters before the headers go out
        measures.count(filter);
        Downloads.start(response, f, "toimenpiteet");
        export.export(filter, f, response.getOutputStream());
    }

    @GetMapping("/api/v1/measures/import/template")
    void template(@RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
        TabularFormat f = TabularFormat.of(format);
        Downloads.start(response, f, "toimenpiteet-pohja");
        export.template(f, response.getOutputStream(), null);
    }

    @PostMapping(value = "/api/v1/measures/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "200", description = "Every row written (or none: 400 names each bad row).")
    ResponseEntity<MeasureImport.ImportResult> importFile(
            @RequestParam String programmeId, @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        imports.requireImportRight(programmeId);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        return ResponseEntity.ok(imports.importInto(programmeId, file.getBytes()));
    }

    @PostMapping("/api/v1/measures/import")
    @ApiResponse(responseCode = "200", description = "Every row written (or none: 400 names each bad row).")
    ResponseEntity<MeasureImport.ImportResult> importBody(@RequestParam String programmeId, InputStream body)
            throws IOException {
        imports.requireImportRight(programmeId);
        byte[] content = body.readAllBytes();
        if (content.length == 0) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        return ResponseEntity.ok(imports.importInto(programmeId, content));
    }

    /** An action list's file may be as large as any import ({@link TabularFiles#MAX_IMPORT}). */
    @Bean
    static BodyLimit measureImportLimit() {
        return new BodyLimit("/api/v1/measures/import", TabularFiles.MAX_IMPORT);
    }

    @GetMapping("/api/v1/budget")
    BudgetService.Budget budget(
            @RequestParam(required = false) String area, @RequestParam(required = false) String programme) {
        return budget.of(area, programme);
    }
}
