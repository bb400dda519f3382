package fi.turvaverkko.continuity.web;

import fi.turvaverkko.continuity.AggregateService;
import fi.turvaverkko.continuity.AggregateView;
import fi.turvaverkko.continuity.domain.AnswersCommand;
import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.AssessmentView;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.continuity.domain.QuestionnaireView;
import fi.turvaverkko.continuity.domain.ResultsView;
import fi.turvaverkko.continuity.domain.StartCommand;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * {@code /api/v1/continuity}: questionnaires, an organisation's own assessments with their results
 * and report, and the region's anonymous aggregates.
 */
@RestController
@RequestMapping("/api/v1/continuity")
class ContinuityApiController {

    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;
    private final AggregateService aggregates;
    private final ContinuityReport report;

    ContinuityApiController(
            QuestionnaireService questionnaires,
            AssessmentService assessments,
            AggregateService aggregates,
            ContinuityReport report) {
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.aggregates = aggregates;
        this.report = report;
    }

    @GetMapping("/questionnaires")
    PageResult<QuestionnaireView> questionnaires(@RequestParam(required = false) Boolean current) {
        List<QuestionnaireView> all = questionnaires.list(Boolean.TRUE.equals(current));
        return PageResult.of(all, PageParams.first(Math.max(all.size(), 1)), all.size());
    }

    @GetMapping("/questionnaires/{id}")
    QuestionnaireView questionnaire(@PathVariable String id) {
        return questionnaires.get(id);
    }

    @PostMapping("/questionnaires")
    ResponseEntity<QuestionnaireView> publish(@RequestBody QuestionnaireView q) {
        QuestionnaireView created = questionnaires.publish(q);
        return ResponseEntity.created(URI.create("/api/v1/continuity/questionnaires/" + created.id()))
                .body(created);
    }

    @GetMapping("/assessments")
    PageResult<AssessmentView> list(
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return assessments.list(actorId, status, PageParams.of(page, size, sort));
    }

    @PostMapping("/assessments")
    ResponseEntity<AssessmentView> start(@RequestBody(required = false) StartCommand cmd) {
        AssessmentView created = assessments.start(cmd);
        return ResponseEntity.created(URI.create("/api/v1/continuity/assessments/" + created.id()))
                .body(created);
    }

    @GetMapping("/assessments/{id}")
    AssessmentView one(@PathVariable String id) {
        return assessments.get(id);
    }

    @PutMapping("/assessments/{id}/answers")
    AssessmentView answers(@PathVariable String id, @RequestBody AnswersCommand cmd) {
        return assessments.saveAnswers(id, cmd);
    }

    @PostMapping("/assessments/{id}/submit")
    AssessmentView submit(@PathVariable String id) {
        return assessments.submit(id);
    }

    @DeleteMapping("/assessments/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        assessments.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/assessments/{id}/results")
    ResultsView results(@PathVariable String id) {
        return assessments.results(id);
    }

    @GetMapping("/assessments/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        ContinuityReport.Pdf pdf = report.render(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.filename() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.bytes());
    }

    /** The answer to an adoption: the measure the suggestion became. */
    record Adopted(String measureId) {}

    @PostMapping("/assessments/{id}/suggestions/{questionId}/adopt")
    ResponseEntity<Adopted> adopt(@PathVariable String id, @PathVariable String questionId) {
        String measureId = assessments.adopt(id, questionId);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + measureId))
                .body(new Adopted(measureId));
    }

    @GetMapping("/aggregates")
    ResponseEntity<AggregateView> aggregates(@RequestParam Map<String, String> params) {
        List<Problem> unknown = params.keySet().stream()
                .filter(k -> !AggregateService.PARAMETERS.contains(k))
                .map(k -> Problem.field(k, "error.continuity.aggregateParameter", k))
                .toList();
        InvalidInputException.throwIfAny(unknown);
        AggregateView view = aggregates.aggregates(
                params.get("region"), params.get("questionnaire"), params.get("sector"), params.get("subregion"));
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(view);
    }
}
