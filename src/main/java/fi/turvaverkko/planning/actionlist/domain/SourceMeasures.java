package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures other modules make (ADR 0011): an approved measure proposal, an adopted continuity
 * suggestion, a lesson learned of an exercise. The source module has decided who may do this; the
 * measure is checked as any other, starts planned, and goes to the region's current public action
 * list unless the draft names a programme. One source makes one measure.
 */
@Service
class SourceMeasures {

    /** A stand-in programme for checking a draft that has nowhere to go yet. */
    private static final ProgrammeView NO_PROGRAMME = new ProgrammeView(
            "0",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "DRAFT",
            null,
            null,
            null,
            null,
            ProgrammeView.PUBLIC,
            null,
            null,
            null);

    private final MeasureRepository repository;
    private final MeasureChecks checks;
    private final MeasureEditing editing;
    private final Programmes programmes;
    private final Areas areas;
    private final Actors actors;

    SourceMeasures(
            MeasureRepository repository,
            MeasureChecks checks,
            MeasureEditing editing,
            Programmes programmes,
            Areas areas,
            Actors actors) {
        this.repository = repository;
        this.checks = checks;
        this.editing = editing;
        this.programmes = programmes;
        this.areas = areas;
        this.actors = actors;
    }

    @Transactional
    public MeasureView create(MeasureDraft draft, String sourceType, String sourceId) {
        if (!MeasureView.SOURCE_TYPES.contains(sourceType)) {
            throw new IllegalArgumentException("unknown source type " + sourceType);
        }
        if (sourceId == null || sourceId.isBlank() || sourceId.length() > 100) {
            throw new IllegalArgumentException("source id " + sourceId);
        }
        if (repository.hasSource(sourceType, sourceId)) {
            throw new ConflictException("error.measure.sourceUsed");
        }
        MeasureCommand command = MeasureCommand.of(draft);
        Lookups lookups = checks.lookups();
        ProgrammeView p = MeasureChecks.blank(command.programmeId()) == null
                ? actionListFor(command, lookups)
                : namedProgramme(command.programmeId());
        MeasureRow row =
                checks.check(command, p, ProblemSink.fields(), lookups, null).fromSource(sourceType, sourceId);
        long id = editing.insert(row, lookups);
        return editing.created(id, row);
    }

    /** The programme a source names: one the user may read and that is not archived. */
    private ProgrammeView namedProgramme(String programmeId) {
        ProgrammeView p = programmes
                .find(MeasureChecks.idOrNull(programmeId.trim()))
                .orElseThrow(() -> new InvalidInputException("programmeId", "error.programme.unknown"));
        MeasureEditing.requireNotArchived(p);
        return p;
    }

    /**
     * The current action list of the measure's region: that of the first known area, or of the
     * responsible actor's home area. A draft with nowhere to go answers its own problems first (400),
     * else 409.
     */
    private ProgrammeView actionListFor(MeasureCommand m, Lookups lookups) {
        Long region = null;
        for (String code : m.areaCodes() == null ? java.util.List.<String>of() : m.areaCodes()) {
            Optional<AreaView> a = code == null ? Optional.empty() : areas.findByCode(code);
            if (a.isPresent()) {
                region = areas.regionOf(Long.valueOf(a.get().id()));
                break;
            }
        }
        String responsible = MeasureChecks.blank(m.responsibleActorId());
        if (region == null && responsible != null) {
            Long actor = MeasureChecks.idOrNull(responsible);
            region = actor == null || actor < 0
                    ? null
                    : actors.find(actor)
                            .map(a -> areas.regionOf(Long.valueOf(a.homeAreaId())))
                            .orElse(null);
        }
        if (region == null) {
            checks.check(m, NO_PROGRAMME, ProblemSink.fields(), lookups, null);
            throw new ConflictException("error.measure.noRegion");
        }
        long regionId = region;
        return programmes
                .currentActionList(regionId)
                .orElseThrow(() -> new ConflictException(
                        "error.measure.noActionList",
                        areas.find(regionId).map(AreaView::localName).orElse("–")));
    }
}
