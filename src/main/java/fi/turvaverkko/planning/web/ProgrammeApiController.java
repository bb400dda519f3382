package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.ProgrammeCommand;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.planning.domain.WellbeingReportView;
import fi.turvaverkko.planning.domain.WellbeingService;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/programmes}: programmes and plans, their approval, their wellbeing reports. A {@code
 * PUT} takes the programme as {@code GET} gave it; its read-only fields are left behind.
 */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

    private final ProgrammeService programmes;
    private final WellbeingService wellbeing;
    private final PlanningReports reports;

    ProgrammeApiController(ProgrammeService programmes, WellbeingService wellbeing, PlanningReports reports) {
        this.programmes = programmes;
        this.wellbeing = wellbeing;
        this.reports = reports;
    }

    /** The programme with its goals, measures, progress and costs, in the reader's language. */
    @GetMapping("/{id}/report.pdf")
    void report(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        reports.programme(id, response);
    }

    /** The body of an approval: the decision's reference (e.g. a council minute) and its date. */
    @Schema(name = "ProgrammeApproval")
    record Approval(String decisionReference, LocalDate decisionDate) {}

    /** The body that asks for a drafted yearly review or report. */
    record DraftRequest(String type, Integer year) {}

    @GetMapping
    PageResult<ProgrammeView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String confidentiality,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return programmes.list(
                new ProgrammeService.Filter(q, kind, area, status, confidentiality), PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    ProgrammeView one(@PathVariable String id) {
        return programmes.get(id);
    }

    @PostMapping
    ResponseEntity<ProgrammeView> create(@RequestBody ProgrammeView programme) {
        ProgrammeView created = programmes.create(ProgrammeCommand.of(programme));
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ProgrammeView update(@PathVariable String id, @RequestBody ProgrammeView programme) {
        return programmes.update(id, ProgrammeCommand.of(programme));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        programmes.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/approve")
    ProgrammeView approve(@PathVariable String id, @RequestBody(required = false) Approval approval) {
        return programmes.transition(
                id,
                "approve",
                approval == null ? null : approval.decisionReference(),
                approval == null ? null : approval.decisionDate());
    }

    @PostMapping("/{id}/archive")
    ProgrammeView archive(@PathVariable String id) {
        return programmes.transition(id, "archive", null, null);
    }

    @GetMapping("/{id}/wellbeing-reports")
    List<WellbeingReportView> reports(@PathVariable String id) {
        return wellbeing.list(id);
    }

    @PostMapping("/{id}/wellbeing-reports")
    ResponseEntity<WellbeingReportView> draft(@PathVariable String id, @RequestBody DraftRequest request) {
        WellbeingReportView created = wellbeing.draft(id, request.type(), request.year());
        return ResponseEntity.created(URI.create("/api/v1/wellbeing-reports/" + created.id()))
                .body(created);
    }
}
