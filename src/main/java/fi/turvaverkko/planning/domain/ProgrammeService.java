package fi.turvaverkko.planning.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.planning.ProgrammeChanged;
import fi.turvaverkko.planning.ProgrammeScope;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.Changes;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and plans. Everyone logged in reads the public ones, anonymous readers the approved public
 * ones (the public pages); a restricted plan exists only for those {@link ProgrammeAccess} lets read
 * it. Approval records who, when and by which decision; the life cycle is {@link ProgrammeStatus}'s.
 */
@Service
public class ProgrammeService {

    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final List<String> STATUSES = List.of("DRAFT", "APPROVED", "ARCHIVED");
    private static final List<String> CONFIDENTIALITIES = List.of(ProgrammeView.PUBLIC, ProgrammeView.RESTRICTED);

    private final ProgrammeRepository repository;
    private final ProgrammeChecks checks;
    private final ProgrammeAccess access;
    private final PlanningReads reads;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final PlatformProperties platform;

    ProgrammeService(
            ProgrammeRepository repository,
            ProgrammeChecks checks,
            ProgrammeAccess access,
            PlanningReads reads,
            Areas areas,
            ApplicationEventPublisher events,
            PlatformProperties platform) {
        this.repository = repository;
        this.checks = checks;
        this.access = access;
        this.reads = reads;
        this.areas = areas;
        this.events = events;
        this.platform = platform;
    }

    /** The filters of the programme list; {@code area} is a code and includes the areas below it. */
    public record Filter(String text, String kind, String area, String status, String confidentiality) {}

    public PageResult<ProgrammeView> list(Filter f, PageParams paging) {
        PageResult<ProgrammeView> page = repository.list(repositoryFilter(f, access.readable()), paging);
        reads.programmes(page.content());
        return page;
    }

    /** The approved public programmes, for anonymous readers. */
    public PageResult<ProgrammeView> listPublic(String text, String kind, String area, PageParams paging) {
        return repository.list(
                new ProgrammeRepository.Filter(
                        text,
                        Texts.blank(kind),
                        areasWithin(area, "area"),
                        "APPROVED",
                        ProgrammeView.PUBLIC,
                        null,
                        ProgrammeScope.ALL),
                paging);
    }

    private ProgrammeRepository.Filter repositoryFilter(Filter f, ProgrammeScope scope) {
        if (Texts.blank(f.status()) != null && !STATUSES.contains(f.status())) {
            throw new InvalidInputException("status", "error.catalogue.unknownCode", f.status());
        }
        if (Texts.blank(f.confidentiality()) != null && !CONFIDENTIALITIES.contains(f.confidentiality())) {
            throw new InvalidInputException("confidentiality", "error.catalogue.unknownCode", f.confidentiality());
        }
        return new ProgrammeRepository.Filter(
                f.text(),
                Texts.blank(f.kind()),
                areasWithin(f.area(), "area"),
                Texts.blank(f.status()),
                Texts.blank(f.confidentiality()),
                null,
                scope);
    }

    /** The ids of the area given by code and of every area below it; null when no area is asked. */
    List<Long> areasWithin(String code, String field) {
        if (Texts.blank(code) == null) {
            return null;
        }
        AreaView a = areas.findByCode(code.trim())
                .orElseThrow(() -> new InvalidInputException(field, "error.area.unknownCode", code));
        return areas.within(Long.valueOf(a.id()), null).stream()
                .map(x -> Long.valueOf(x.id()))
                .toList();
    }

    /** Every programme of a kind the user may read (at most 500), for choices. */
    public List<ProgrammeView> readable(String kind) {
        return reads.programmes(repository.all(
                new ProgrammeRepository.Filter(null, Texts.blank(kind), null, null, null, null, access.readable()),
                500));
    }

    /**
     * The programmes to offer as choices: those of the user's region (or the default region) and of
     * the areas above it, so that a national deployment does not list every region's plans.
     */
    public List<ProgrammeView> choices() {
        Long region = access.user().primaryRegionId();
        AreaView home = region == null
                ? areas.findByCode(platform.region().defaultCode()).orElse(null)
                : areas.find(region).orElse(null);
        if (home == null) {
            return readable(null);
        }
        List<Long> ids = new ArrayList<>();
        areas.within(Long.valueOf(home.id()), null).forEach(a -> ids.add(Long.valueOf(a.id())));
        areas.ancestry(Long.valueOf(home.id())).forEach(a -> ids.add(Long.valueOf(a.id())));
        return reads.programmes(repository.all(
                new ProgrammeRepository.Filter(null, null, ids, null, null, null, access.readable()), 1000));
    }

    /** The programmes the user may add measures to. */
    public List<ProgrammeView> editable() {
        return access.editable(choices().stream().filter(p -> !p.isArchived()).toList());
    }

    /**
     * The current action list of a region for the measures other modules make: public and not
     * archived; approved and running today before anything else, then the newest. They go there
     * whoever asks, so the user's reading and editing rights do not narrow the choice.
     */
    public Optional<ProgrammeView> currentActionList(long regionId) {
        LocalDate today = LocalDate.now(HELSINKI);
        return repository
                .all(
                        new ProgrammeRepository.Filter(
                                null,
                                ProgrammeView.ACTION_LIST,
                                List.of(regionId),
                                null,
                                ProgrammeView.PUBLIC,
                                null,
                                ProgrammeScope.ALL),
                        100)
                .stream()
                .filter(p -> !p.isArchived())
                .min(Comparator.comparingInt((ProgrammeView p) -> currentness(p, today)));
    }

    /** 0 for an approved list running today, 1 for a draft running today, 2 for another approved one, 3 else. */
    static int currentness(ProgrammeView p, LocalDate today) {
        boolean running = (p.periodStart() == null || !p.periodStart().isAfter(today))
                && (p.periodEnd() == null || !p.periodEnd().isBefore(today));
        return (running ? 0 : 2) + (p.isApproved() ? 0 : 1);
    }

    /**
     * A programme the caller may read. A restricted one is reported to the audit log as read by this
     * request, also when it is looked up for a reference or a rights check: such a lookup is made for
     * something the request shows of it (ADR 0024).
     */
    public Optional<ProgrammeView> find(long id) {
        Optional<ProgrammeView> p = repository.find(id).filter(access::canRead);
        p.ifPresent(x -> reads.programmes(List.of(x)));
        return p;
    }

    public ProgrammeView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** An approved public programme, for anonymous readers; a restricted and an unknown one are alike absent. */
    public Optional<ProgrammeView> findPublic(String id) {
        Long key;
        try {
            key = Ids.parse(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return repository.find(key).filter(p -> p.isApproved() && !p.isRestricted());
    }

    public List<ProgrammeView> findAll(Collection<Long> ids) {
        return reads.programmes(
                repository.findAll(ids).stream().filter(access::canRead).toList());
    }

    @Transactional
    public ProgrammeView create(ProgrammeCommand command) {
        ProgrammeChecks.Checked c = checks.check(command);
        if (!access.canCreateIn(c.areaId())) {
            throw new ForbiddenException();
        }
        if (c.programme().isRestricted() && !access.canRead(c.programme())) {
            // a restricted plan that its own author could not read again
            throw new InvalidInputException("confidentiality", "error.programme.restrictedOwner");
        }
        long id = repository.insert(c.programme(), c.areaId());
        ProgrammeView created = repository.find(id).orElseThrow();
        events.publishEvent(
                ItemChanged.created("PROGRAMME", id, created).onBehalfOf(Ids.parseOrNull(created.ownerActorId())));
        events.publishEvent(new ProgrammeChanged(created.id(), ProgrammeChanged.Change.CREATED));
        return created;
    }

    @Transactional
    public ProgrammeView update(String id, ProgrammeCommand command) {
        ProgrammeView before = get(id);
        requireEdit(before);
        ProgrammeStatus.valueOf(before.status()).requireNotArchived();
        ProgrammeChecks.Checked c = checks.check(command);
        if (c.areaId() != Long.parseLong(before.areaId()) && !access.canCreateIn(c.areaId())) {
            throw new ForbiddenException();
        }
        if (c.programme().isRestricted() && !access.canRead(withId(c.programme(), before))) {
            throw new InvalidInputException("confidentiality", "error.programme.restrictedOwner");
        }
        if (command.version() == null
                || !repository.update(Long.parseLong(id), command.version(), c.programme(), c.areaId())) {
            throw new StaleVersionException(before);
        }
        ProgrammeView after = repository.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("PROGRAMME", id, before, after));
        events.publishEvent(new ProgrammeChanged(id, ProgrammeChanged.Change.UPDATED));
        return after;
    }

    /** The checked row as the programme it would become, for asking whether its author could still read it. */
    private static ProgrammeView withId(ProgrammeView p, ProgrammeView before) {
        return new ProgrammeView(
                before.id(),
                p.kind(),
                p.name(),
                p.nameSv(),
                p.nameEn(),
                p.description(),
                p.ownerActorId(),
                p.ownerGroupId(),
                p.areaId(),
                p.areaCode(),
                p.periodStart(),
                p.periodEnd(),
                before.status(),
                before.approvedAt(),
                before.approvedBy(),
                p.decisionReference(),
                p.decisionDate(),
                p.confidentiality(),
                p.legalBasis(),
                p.secrecyEndsOn(),
                before.version());
    }

    @Transactional
    public void delete(String id) {
        ProgrammeView before = get(id);
        requireEdit(before);
        ProgrammeStatus.valueOf(before.status()).requireDeletable();
        repository.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("PROGRAMME", id, before));
        events.publishEvent(new ProgrammeChanged(id, ProgrammeChanged.Change.DELETED));
    }

    /** {@code approve} (needs the decision's reference, e.g. a council minute) or {@code archive}. */
    @Transactional
    public ProgrammeView transition(String id, String action, String decisionReference, LocalDate decisionDate) {
        ProgrammeView before = get(id);
        requireEdit(before);
        ProgrammeStatus from = ProgrammeStatus.valueOf(before.status());
        ProgrammeStatus to = from.after(action);
        String reference = Texts.blank(decisionReference);
        boolean approving = to == ProgrammeStatus.APPROVED;
        if (approving) {
            List<Problem> problems = new ArrayList<>();
            Texts.check(problems, "decisionReference", reference, true, 300);
            if (decisionDate != null && decisionDate.isAfter(LocalDate.now(HELSINKI))) {
                problems.add(Problem.field("decisionDate", "error.programme.decisionInFuture"));
            }
            InvalidInputException.throwIfAny(problems);
        }
        LocalDate date = decisionDate == null ? LocalDate.now(HELSINKI) : decisionDate;
        if (!repository.transition(
                Long.parseLong(id),
                from.name(),
                to.name(),
                access.user().username(),
                approving ? reference : before.decisionReference(),
                approving ? date : before.decisionDate())) {
            throw new StaleVersionException(before);
        }
        ProgrammeView after = repository.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.action(
                "PROGRAMME",
                id,
                to.name(),
                reference == null
                        ? Map.of("status", Changes.change(from.name(), to.name()))
                        : Map.of("status", Changes.change(from.name(), to.name()), "decisionReference", reference)));
        events.publishEvent(new ProgrammeChanged(
                id, approving ? ProgrammeChanged.Change.APPROVED : ProgrammeChanged.Change.ARCHIVED));
        return after;
    }

    private void requireEdit(ProgrammeView p) {
        if (!access.canEdit(p)) {
            throw new ForbiddenException();
        }
    }
}
