package fi.turvaverkko.operations.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.LogEntryView;
import fi.turvaverkko.operations.SituationPicture;
import fi.turvaverkko.operations.domain.OperationsRepository.SitrepRow;
import fi.turvaverkko.platform.PdfRenderer;
import fi.turvaverkko.platform.SvgMap;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Situation reports: numbered per disruption, with the EDXL-SitRep header fields (report number,
 * period, prepared and authorised by, severity, confidence), rendered as a PDF that prints well when
 * the network is down, with a printed map of the areas and the points of the period.
 */
@Service
public class SitrepService {

    public static final List<String> CONFIDENCES = List.of("HIGH", "MEDIUM", "LOW");

    private final OperationsRepository repository;
    private final DisruptionService disruptions;
    private final Areas areas;
    private final PdfRenderer pdf;
    private final LiveEvents live;
    private final ApplicationEventPublisher events;

    SitrepService(
            OperationsRepository repository,
            DisruptionService disruptions,
            Areas areas,
            PdfRenderer pdf,
            LiveEvents live,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.disruptions = disruptions;
        this.areas = areas;
        this.pdf = pdf;
        this.live = live;
        this.events = events;
    }

    /** The header of a report as issued. */
    public record SitrepView(
            String disruptionId,
            int number,
            OffsetDateTime periodStart,
            OffsetDateTime periodEnd,
            String preparedBy,
            String authorisedBy,
            String severity,
            String confidence,
            String summary,
            OffsetDateTime createdAt) {

        static SitrepView of(SitrepRow r) {
            return new SitrepView(
                    String.valueOf(r.disruptionId()),
                    r.number(),
                    r.periodStart(),
                    r.periodEnd(),
                    r.preparedBy(),
                    r.authorisedBy(),
                    r.severity(),
                    r.confidence(),
                    r.summary(),
                    r.createdAt());
        }
    }

    /** What the issuer gives; an empty period runs from the previous report (or the start) until now. */
    public record SitrepCommand(
            OffsetDateTime periodStart,
            OffsetDateTime periodEnd,
            String authorisedBy,
            String confidence,
            String summary) {}

    public List<SitrepView> list(String disruptionId) {
        DisruptionView d = disruptions.get(disruptionId);
        return repository.sitreps(Long.parseLong(d.id())).stream()
                .map(SitrepView::of)
                .toList();
    }

    @Transactional
    public SitrepView issue(String disruptionId, SitrepCommand c) {
        DisruptionView d = disruptions.get(disruptionId);
        if (!disruptions.canManage(d)) {
            throw new ForbiddenException();
        }
        long id = Long.parseLong(d.id());
        repository.lockStatus(id);
        List<SitrepRow> previous = repository.sitreps(id);
        OffsetDateTime end = c.periodEnd() == null ? OffsetDateTime.now() : c.periodEnd();
        OffsetDateTime start = c.periodStart() != null
                ? c.periodStart()
                : previous.isEmpty() ? d.startedAt() : previous.get(0).periodEnd();
        List<Problem> problems = new ArrayList<>();
        String confidence = c.confidence() == null || c.confidence().isBlank() ? "MEDIUM" : c.confidence();
        if (!CONFIDENCES.contains(confidence)) {
            problems.add(Problem.field("confidence", "error.import.code", confidence));
        }
        if (end.isBefore(start)) {
            problems.add(Problem.field("periodEnd", "error.sitrep.period"));
        }
        if (c.authorisedBy() != null && c.authorisedBy().length() > 200) {
            problems.add(Problem.field("authorisedBy", "validation.size", 200, 0));
        }
        if (c.summary() != null && c.summary().length() > 4000) {
            problems.add(Problem.field("summary", "validation.size", 4000, 0));
        }
        InvalidInputException.throwIfAny(problems);
        int number = repository.nextSitrepNumber(id);
        repository.insertSitrep(new SitrepRow(
                0,
                id,
                number,
                start,
                end,
                CurrentUser.get().displayName(),
                DisruptionService.blank(c.authorisedBy()),
                d.severity(),
                confidence,
                DisruptionService.blank(c.summary()),
                null));
        SitrepView issued = SitrepView.of(repository.sitrep(id, number).orElseThrow());
        live.publish(d.id(), "sitrep", String.valueOf(number), (String) null);
        events.publishEvent(ItemChanged.created("SITUATION_REPORT", d.id() + "/" + number, issued));
        return issued;
    }

    /**
     * The report as PDF: a numbered one, or the latest, or (none issued yet) a draft of the situation
     * from the start until now.
     */
    public byte[] render(String disruptionId, Integer number, Locale locale) {
        DisruptionView d = disruptions.get(disruptionId);
        long id = Long.parseLong(d.id());
        SitrepView report;
        if (number != null) {
            report = repository.sitrep(id, number).map(SitrepView::of).orElseThrow(NotFoundException::new);
        } else {
            List<SitrepRow> all = repository.sitreps(id);
            report = all.isEmpty()
                    ? new SitrepView(
                            d.id(),
                            0,
                            d.startedAt(),
                            OffsetDateTime.now(),
                            CurrentUser.get().displayName(),
                            null,
                            d.severity(),
                            "MEDIUM",
                            null,
                            OffsetDateTime.now())
                    : SitrepView.of(all.get(0));
        }
        SituationPicture picture = disruptions.picture(d.id());
        List<LogEntryView> log = repository.logBetween(id, report.periodStart(), report.periodEnd());
        SvgMap map = new SvgMap();
        for (String code : d.areaCodes()) {
            areas.findByCode(code)
                    .ifPresent(a -> areas.border(Long.valueOf(a.id()))
                            .ifPresent(b -> map.shape(b, "highlight", a.name(locale))));
        }
        for (LogEntryView e : log) {
            map.marker(e.lat(), e.lon(), "point", e.text());
        }
        for (SituationPicture.MapPoint p : picture.points()) {
            if (!"log".equals(p.kind())) {
                map.marker(p.lat(), p.lon(), "point " + p.kind(), p.label());
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("report", report);
        model.put("picture", picture);
        model.put("log", log);
        model.put("map", map.render(520, d.title()));
        return pdf.render("operations/sitrep-pdf", model, locale);
    }
}
