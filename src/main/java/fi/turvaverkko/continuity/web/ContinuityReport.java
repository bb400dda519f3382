package fi.turvaverkko.continuity.web;

import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.AssessmentView;
import fi.turvaverkko.continuity.domain.ResultsView;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.platform.PdfRenderer;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The organisation's own continuity report as PDF, from the same data as its results page. */
@Component
class ContinuityReport {

    private final AssessmentService assessments;
    private final Actors actors;
    private final PdfRenderer pdf;

    ContinuityReport(AssessmentService assessments, Actors actors, PdfRenderer pdf) {
        this.assessments = assessments;
        this.actors = actors;
        this.pdf = pdf;
    }

    record Pdf(String filename, byte[] bytes) {}

    Pdf render(String id) {
        ResultsView results = assessments.report(id);
        AssessmentView assessment = assessments.get(id);
        ActorView actor = actors.find(Long.valueOf(assessment.actorId())).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("results", results);
        model.put("assessment", assessment);
        model.put("actor", actor);
        model.put("questionnaire", assessments.questionnaireOf(assessment));
        byte[] bytes = pdf.render("continuity/report-pdf", model, LocaleContextHolder.getLocale());
        String date = results.submittedAt() == null
                ? ""
                : "-" + results.submittedAt().format(DateTimeFormatter.ISO_LOCAL_DATE);
        return new Pdf("jatkuvuus-" + id + date + ".pdf", bytes);
    }
}
