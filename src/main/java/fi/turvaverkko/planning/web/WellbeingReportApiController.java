package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.domain.ReportCommand;
import fi.turvaverkko.planning.domain.WellbeingReportView;
import fi.turvaverkko.planning.domain.WellbeingService;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/wellbeing-reports}: the yearly reviews and reports of a wellbeing plan. */
@RestController
@RequestMapping("/api/v1/wellbeing-reports")
class WellbeingReportApiController {

    private final WellbeingService wellbeing;
    private final PlanningReports reports;

    WellbeingReportApiController(WellbeingService wellbeing, PlanningReports reports) {
        this.wellbeing = wellbeing;
        this.reports = reports;
    }

    @GetMapping("/{id}/report.pdf")
    void report(@PathVariable String id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        reports.wellbeingReport(id, response);
    }

    /** The body of an approval. */
    @Schema(name = "ReportApproval")
    record Approval(String decisionReference) {}

    @GetMapping("/{id}")
    WellbeingReportView one(@PathVariable String id) {
        return wellbeing.get(id);
    }

    @PutMapping("/{id}")
    WellbeingReportView update(@PathVariable String id, @RequestBody WellbeingReportView report) {
        return wellbeing.update(id, ReportCommand.of(report));
    }

    @PostMapping("/{id}/approve")
    WellbeingReportView approve(@PathVariable String id, @RequestBody(required = false) Approval approval) {
        return wellbeing.approve(id, approval == null ? null : approval.decisionReference());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        wellbeing.delete(id);
        return ResponseEntity.noContent().build();
    }
}
