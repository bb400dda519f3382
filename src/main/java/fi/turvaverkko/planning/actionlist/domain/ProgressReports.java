package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.planning.MeasureChanged;
import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports of measures: who may edit a measure reports its progress; a report moves the
 * measure's status as {@link MeasureStatus} allows, sets its share done (100 % when done) and adds its
 * realised cost to that year's ({@link MeasureCosts}).
 */
@Service
public class ProgressReports {

    private final MeasureService reads;
    private final MeasureRepository measures;
    private final ProgressRepository progress;
    private final Programmes programmes;
    private final ApplicationEventPublisher events;

    ProgressReports(
            MeasureService reads,
            MeasureRepository measures,
            ProgressRepository progress,
            Programmes programmes,
            ApplicationEventPublisher events) {
        this.reads = reads;
        this.measures = measures;
        this.progress = progress;
        this.programmes = programmes;
        this.events = events;
    }

    @Transactional
    public ProgressView add(String measureId, ProgressCommand p) {
        MeasureView m = reads.get(measureId);
        ProgrammeView programme = programmes.get(m.programmeId());
        if (!programmes.canEditMeasure(programme, Long.valueOf(m.responsibleActorId()))) {
            throw new ForbiddenException();
        }
        MeasureEditing.requireNotArchived(programme);
        ProgressView clean = checked(m, p);
        MeasureStatus.valueOf(m.status()).moveTo(MeasureStatus.valueOf(clean.status()), "status");
        long measure = Long.parseLong(m.id());
        long id = progress.insert(measure, clean, CurrentUser.get().username());
        if (clean.realisedCost() != null && clean.realisedCost().signum() > 0) {
            MeasureCosts costs = measures.lockCosts(measure);
            measures.setCosts(measure, costs.plusRealised(clean.date().getYear(), clean.realisedCost()));
        }
        ProgressView created = progress.find(id).orElseThrow();
        events.publishEvent(
                ItemChanged.created("PROGRESS_UPDATE", id, created).onBehalfOf(Long.valueOf(m.responsibleActorId())));
        events.publishEvent(new MeasureChanged(m.id(), m.programmeId(), MeasureChanged.Change.PROGRESS));
        return created;
    }

    /** The report as it is written, or 400 with every problem; a report must say something new. */
    private static ProgressView checked(MeasureView m, ProgressCommand p) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(MeasureSql.HELSINKI);
        LocalDate date = p.date() == null ? today : p.date();
        if (date.isAfter(today)) {
            problems.add(Problem.field("date", "error.progress.future"));
        }
        if (date.getYear() < 2000) {
            problems.add(Problem.field("date", "error.measure.year"));
        }
        String status = MeasureChecks.blank(p.status()) == null ? m.status() : p.status();
        if (!MeasureStatus.CODES.contains(status)) {
            problems.add(Problem.field("status", "error.catalogue.unknownCode", status));
        }
        if (p.percent() != null && (p.percent() < 0 || p.percent() > 100)) {
            problems.add(Problem.field("percent", "error.progress.percent"));
        }
        if (p.text() != null && p.text().trim().length() > 4000) {
            problems.add(Problem.field("text", "validation.size", 4000, 0));
        }
        MeasureCosts.amountOk(p.realisedCost(), "realisedCost", ProblemSink.into(problems));
        if (MeasureChecks.blank(p.text()) == null
                && p.percent() == null
                && p.realisedCost() == null
                && status.equals(m.status())) {
            problems.add(Problem.field("text", "error.progress.empty"));
        }
        InvalidInputException.throwIfAny(problems);
        Integer percent = p.percent() == null && "DONE".equals(status) ? Integer.valueOf(100) : p.percent();
        return new ProgressView(
                null,
                m.id(),
                date,
                status,
                percent,
                MeasureChecks.blank(p.text()),
                MeasureCosts.scale(p.realisedCost()),
                null,
                null);
    }
}
