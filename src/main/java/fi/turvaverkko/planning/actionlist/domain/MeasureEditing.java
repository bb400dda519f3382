package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.network.Meetings;
import fi.turvaverkko.planning.MeasureChanged;
import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and deleting measures. The programme's editors add measures to a programme that
 * is not archived; they and the users of the responsible actor change one (only the editors hand it to
 * another actor); the status moves as {@link MeasureStatus} allows. A meeting's action item becomes a
 * measure once, and is marked converted in the network.
 */
@Service
public class MeasureEditing {

    private final MeasureRepository repository;
    private final MeasureService reads;
    private final MeasureChecks checks;
    private final Programmes programmes;
    private final Meetings meetings;
    private final ApplicationEventPublisher events;

    MeasureEditing(
            MeasureRepository repository,
            MeasureService reads,
            MeasureChecks checks,
            Programmes programmes,
            Meetings meetings,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.reads = reads;
        this.checks = checks;
        this.programmes = programmes;
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public MeasureView create(MeasureCommand m) {
        ProgrammeView p = targetProgramme(m.programmeId());
        Lookups lookups = checks.lookups();
        MeasureRow row = checks.check(m, p, ProblemSink.fields(), lookups, null);
        Long source = row.sourceActionItemId();
        if (source != null) {
            var item = meetings.actionItemSource(String.valueOf(source));
            if ("CONVERTED".equals(item.item().status()) || repository.hasSourceActionItem(source)) {
                throw new DomainException(
                        409,
                        "error.actionItem.converted",
                        List.of(Problem.field("sourceActionItemId", "error.actionItem.converted")));
            }
        }
        long id = insert(row, lookups);
        if (source != null) {
            meetings.markActionItemConverted(String.valueOf(source), id);
        }
        return created(id, row);
    }

    /** Inserts a checked measure; a duplicate code or source is 409. */
    long insert(MeasureRow row, Lookups lookups) {
        try {
            return repository.insert(row, MeasureRepository.Scope.of(row, lookups));
        } catch (DuplicateKeyException e) {
            if (row.sourceType() != null && String.valueOf(e.getMessage()).contains("measure_source_unique")) {
                throw new ConflictException("error.measure.sourceUsed");
            }
            throw duplicateCode(row.code());
        }
    }

    /** The measure as written, with its audit entry and event. */
    MeasureView created(long id, MeasureRow row) {
        MeasureView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEASURE", id, created).onBehalfOf(row.responsibleActorId()));
        events.publishEvent(new MeasureChanged(created.id(), created.programmeId(), MeasureChanged.Change.CREATED));
        return created;
    }

    /** A programme the caller may add measures to, else 400 (none or unknown), 403 or 409 (archived). */
    ProgrammeView targetProgramme(String programmeId) {
        if (MeasureChecks.blank(programmeId) == null) {
            throw new InvalidInputException("programmeId", "validation.required");
        }
        ProgrammeView p = programmes
                .find(MeasureChecks.idOrNull(programmeId))
                .orElseThrow(() -> new InvalidInputException("programmeId", "error.programme.unknown"));
        if (!programmes.canEdit(p)) {
            throw new ForbiddenException();
        }
        requireNotArchived(p);
        return p;
    }

    static void requireNotArchived(ProgrammeView p) {
        if (p.isArchived()) {
            throw new ConflictException("error.programme.archived");
        }
    }

    @Transactional
    public MeasureView update(String id, MeasureCommand m) {
        MeasureView before = reads.get(id);
        ProgrammeView p = programmes.get(before.programmeId());
        if (!programmes.canEditMeasure(p, Long.valueOf(before.responsibleActorId()))) {
            throw new ForbiddenException();
        }
        requireNotArchived(p);
        if (MeasureChecks.blank(m.programmeId()) != null && !m.programmeId().equals(before.programmeId())) {
            throw new InvalidInputException("programmeId", "error.measure.programmeFixed");
        }
        Lookups lookups = checks.lookups();
        MeasureRow row = checks.check(m, p, ProblemSink.fields(), lookups, before);
        if (!programmes.canEdit(p) && row.responsibleActorId() != Long.parseLong(before.responsibleActorId())) {
            // handing the measure to another actor is for the programme's editors
            throw new ForbiddenException();
        }
        MeasureStatus.valueOf(before.status()).moveTo(MeasureStatus.valueOf(row.status()), "status");
        boolean ok;
        try {
            ok = m.version() != null
                    && repository.update(
                            Long.parseLong(id), m.version(), row, MeasureRepository.Scope.of(row, lookups));
        } catch (DuplicateKeyException e) {
            throw duplicateCode(row.code());
        }
        if (!ok) {
            throw new StaleVersionException(before);
        }
        MeasureView after = repository.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("MEASURE", id, before, after).onBehalfOf(row.responsibleActorId()));
        events.publishEvent(new MeasureChanged(id, after.programmeId(), MeasureChanged.Change.UPDATED));
        return after;
    }

    @Transactional
    public void delete(String id) {
        MeasureView before = reads.get(id);
        if (!reads.canDelete(before)) {
            throw new ForbiddenException();
        }
        repository.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("MEASURE", id, before));
        events.publishEvent(new MeasureChanged(id, before.programmeId(), MeasureChanged.Change.DELETED));
    }

    static DomainException duplicateCode(String code) {
        return new DomainException(
                409,
                "error.measure.duplicateCode",
                List.of(Problem.field("code", "error.measure.duplicateCode", code)),
                code);
    }
}
