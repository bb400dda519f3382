package fi.turvaverkko.planning;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.network.Meetings;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.domain.Emphasis;
import fi.turvaverkko.planning.domain.MeasureRepository;
import fi.turvaverkko.planning.domain.MeasureRow;
import fi.turvaverkko.planning.domain.MeasureStatus;
import fi.turvaverkko.planning.domain.ProgrammeStatus;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action list: measures with their schedule, costs per year and progress. Everyone logged in
 * reads the measures of the programmes they may read; the programme's editors and the users of the
 * responsible actor change a measure and add progress to it.
 */
@Service
public class MeasureService {

    static final BigDecimal MAX_COST = new BigDecimal("999999999999.99");
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[\\p{L}0-9][\\p{L}0-9.\\-/_ ]{0,29}");

    /** The other modules' sources a measure can be made from (see {@link #createFromSource}). */
    public static final Set<String> SOURCE_TYPES =
            Set.of("MEASURE_PROPOSAL", "CONTINUITY_SUGGESTION", "EXERCISE_LESSON");

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
    private final ProgrammeService programmes;
    private final PlanningAccess access;
    private final Areas areas;
    private final Actors actors;
    private final Groups groups;
    private final Meetings meetings;
    private final Catalogues catalogues;
    private final ApplicationEventPublisher events;

    MeasureService(
            MeasureRepository repository,
            ProgrammeService programmes,
            PlanningAccess access,
            Areas areas,
            Actors actors,
            Groups groups,
            Meetings meetings,
            Catalogues catalogues,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.programmes = programmes;
        this.access = access;
        this.areas = areas;
        this.actors = actors;
        this.groups = groups;
        this.meetings = meetings;
        this.catalogues = catalogues;
        this.events = events;
    }

    /**
     * The filters of the measure list (docs/contract.md): {@code area} is a code and includes the areas below
     * it; {@code status} may also be {@code DELAYED}; {@code year} keeps the measures running in it.
     */
    public record Filter(
            String text,
            String programme,
            String area,
            String theme,
            String targetGroup,
            String emphasis,
            String status,
            String responsibleActor,
            Integer year,
            String goal) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null, null);
        }

        public static Filter ofProgramme(String programmeId) {
            return new Filter(null, programmeId, null, null, null, null, null, null, null, null);
        }
    }

    public PageResult<MeasureView> list(Filter f, PageParams paging) {
        MeasureRepository.Filter filter = repositoryFilter(f, access.hidden());
        PageResult<MeasureView> page = repository.list(filter, paging);
        access.readMeasures(page.content());
        return page;
    }

    MeasureRepository.Filter repositoryFilter(Filter f, Set<Long> hidden) {
        List<Problem> problems = new ArrayList<>();
        if (blank(f.theme()) != null
                && catalogues.find(PlanningCatalogues.THEMES, f.theme()).isEmpty()) {
            problems.add(Problem.field("theme", "error.catalogue.unknownCode", f.theme()));
        }
        if (blank(f.targetGroup()) != null
                && catalogues
                        .find(PlanningCatalogues.TARGET_GROUPS, f.targetGroup())
                        .isEmpty()) {
            problems.add(Problem.field("targetGroup", "error.catalogue.unknownCode", f.targetGroup()));
        }
        if (blank(f.emphasis()) != null && !Emphasis.CODES.contains(f.emphasis())) {
            problems.add(Problem.field("emphasis", "error.catalogue.unknownCode", f.emphasis()));
        }
        String status = blank(f.status());
        if (status != null && !MeasureStatus.CODES.contains(status) && !"DELAYED".equals(status)) {
            problems.add(Problem.field("status", "error.catalogue.unknownCode", status));
        }
        if (f.year() != null && (f.year() < 2000 || f.year() > 2100)) {
            problems.add(Problem.field("year", "error.measure.year"));
        }
        Long programme = idFilter(f.programme(), "programme", problems);
        Long responsible = idFilter(f.responsibleActor(), "responsibleActor", problems);
        Long goal = idFilter(f.goal(), "goal", problems);
        InvalidInputException.throwIfAny(problems);
        Long areaId = null;
        if (blank(f.area()) != null) {
            areaId = areas.findByCode(f.area().trim())
                    .map(a -> Long.valueOf(a.id()))
                    .orElseThrow(() -> new InvalidInputException("area", "error.area.unknownCode", f.area()));
        }
        return new MeasureRepository.Filter(
                f.text(),
                programme,
                areaId,
                blank(f.theme()),
                blank(f.targetGroup()),
                blank(f.emphasis()),
                "DELAYED".equals(status) ? null : status,
                "DELAYED".equals(status) ? Boolean.TRUE : null,
                responsible,
                f.year(),
                goal,
                null,
                hidden);
    }

    private static Long idFilter(String value, String field, List<Problem> problems) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        if (!digits(v)) {
            problems.add(Problem.field(field, "validation.format"));
            return null;
        }
        return Long.valueOf(v);
    }

    /** One to eighteen digits: something that can be an id. */
    static boolean digits(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A measure the caller may read; one of a restricted plan is reported to the audit log as read. */
    public Optional<MeasureView> find(long id) {
        return repository
                .find(id)
                .filter(m -> programmes.find(Long.parseLong(m.programmeId())).isPresent())
                .map(access::readMeasure);
    }

    public MeasureView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public boolean canEdit(MeasureView m) {
        return programmes
                .find(Long.parseLong(m.programmeId()))
                .map(p -> !"ARCHIVED".equals(p.status()) && access.canEditMeasure(m, p))
                .orElse(false);
    }

    public boolean canDelete(MeasureView m) {
        return programmes
                .find(Long.parseLong(m.programmeId()))
                .map(p -> !"ARCHIVED".equals(p.status()) && access.canEdit(p))
                .orElse(false);
    }

    @Transactional
    public MeasureView create(MeasureView m) {
        ProgrammeView p = targetProgramme(m.programmeId(), "programmeId");
        MeasureRow row = resolve(m, p, apiProblems(), new Lookups(), null);
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
        long id = insert(row);
        if (source != null) {
            meetings.markActionItemConverted(String.valueOf(source), id);
        }
        MeasureView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEASURE", id, created).onBehalfOf(row.responsibleActorId()));
        return created;
    }

    /**
     * Makes a measure of the action list from another module's source: an approved measure proposal,
     * an adopted continuity suggestion or a lesson learned of an exercise. The source module has
     * already decided who may do this (the coordinator approving, the organisation's own user, the
     * exercise's editor), so the programme's editing rights are not asked here; the measure is checked
     * as {@link #create} checks it (400 with the fields), starts {@code PLANNED}, and its responsible
     * actor's users edit it afterwards. Without {@code draft.programmeId()} it goes to the current
     * action list of the region of its first area (or of the responsible actor's home area); 409 when
     * the region has none, or when the source has already made a measure.
     */
    @Transactional
    public MeasureView createFromSource(MeasureDraft draft, String sourceType, String sourceId) {
        if (!SOURCE_TYPES.contains(sourceType)) {
            throw new IllegalArgumentException("unknown source type " + sourceType);
        }
        if (sourceId == null || sourceId.isBlank() || sourceId.length() > 100) {
            throw new IllegalArgumentException("source id " + sourceId);
        }
        if (repository.hasSource(sourceType, sourceId)) {
            throw new ConflictException("error.measure.sourceUsed");
        }
        MeasureView clean = new MeasureView(
                null,
                draft.programmeId(),
                null,
                draft.title(),
                null,
                draft.description(),
                null,
                draft.responsibleActorId(),
                draft.partnerActorIds(),
                draft.areaCodes(),
                draft.targetGroups(),
                draft.themes(),
                draft.emphasis(),
                List.of(),
                draft.startDate(),
                draft.endDate(),
                "PLANNED",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null);
        ProgrammeView p = blank(clean.programmeId()) == null ? actionListFor(clean) : sourceProgramme(clean);
        MeasureRow row = resolve(clean, p, apiProblems(), new Lookups(), null).fromSource(sourceType, sourceId);
        long id = insert(row);
        MeasureView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEASURE", id, created).onBehalfOf(row.responsibleActorId()));
        return created;
    }

    /** The programme a source names: one the user may read and that is not archived. */
    private ProgrammeView sourceProgramme(MeasureView m) {
        ProgrammeView p = readableProgramme(m.programmeId().trim(), "programmeId");
        ProgrammeStatus.valueOf(p.status()).requireNotArchived();
        return p;
    }

    private ProgrammeView readableProgramme(String programmeId, String field) {
        return programmes
                .find(PlanningValidation.idOrNull(programmeId))
                .orElseThrow(() -> new InvalidInputException(field, "error.programme.unknown"));
    }

    /**
     * The current action list of the measure's region: public, not archived, approved and running
     * today before anything else, then the newest. The region is that of the first known area, or of
     * the responsible actor's home area.
     */
    private ProgrammeView actionListFor(MeasureView m) {
        Long region = null;
        if (m.areaCodes() != null) {
            for (String code : m.areaCodes()) {
                Optional<AreaView> a = areas.findByCode(code);
                if (a.isPresent()) {
                    region = areas.regionOf(Long.valueOf(a.get().id()));
                    break;
                }
            }
        }
        if (region == null && blank(m.responsibleActorId()) != null) {
            Long actor = PlanningValidation.idOrNull(m.responsibleActorId().trim());
            region = actor == null || actor < 0
                    ? null
                    : actors.find(actor)
                            .map(a -> areas.regionOf(Long.valueOf(a.homeAreaId())))
                            .orElse(null);
        }
        if (region == null) {
            // nowhere to put it: the draft's own problems come first (400); a draft without any is 409
            resolve(m, NO_PROGRAMME, apiProblems(), new Lookups(), null);
            throw new ConflictException("error.measure.noRegion");
        }
        LocalDate today = LocalDate.now(ProgrammeService.HELSINKI);
        List<ProgrammeView> lists = programmes.actionLists(region);
        Long regionId = region;
        return lists.stream()
                .filter(p -> !"ARCHIVED".equals(p.status()) && !p.isRestricted())
                .min(java.util.Comparator.comparingInt((ProgrammeView p) -> currentness(p, today)))
                .orElseThrow(() -> new ConflictException(
                        "error.measure.noActionList",
                        areas.find(regionId).map(AreaView::localName).orElse("–")));
    }

    /** 0 for an approved list running today, 1 for a draft running today, 2 for another approved one, 3 else. */
    private static int currentness(ProgrammeView p, LocalDate today) {
        boolean running = (p.periodStart() == null || !p.periodStart().isAfter(today))
                && (p.periodEnd() == null || !p.periodEnd().isBefore(today));
        return (running ? 0 : 2) + (p.isApproved() ? 0 : 1);
    }

    private long insert(MeasureRow row) {
        try {
            return repository.insert(row);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            if (row.sourceType() != null && String.valueOf(e.getMessage()).contains("measure_source_unique")) {
                throw new ConflictException("error.measure.sourceUsed");
            }
            throw duplicateCode(row.code());
        }
    }

    private ProgrammeView targetProgramme(String programmeId, String field) {
        if (programmeId == null || programmeId.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        ProgrammeView p = readableProgramme(programmeId, field);
        if (!access.canEdit(p)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus.valueOf(p.status()).requireNotArchived();
        return p;
    }

    @Transactional
    public MeasureView update(String id, MeasureView m) {
        MeasureView before = get(id);
        ProgrammeView p = programmes.get(before.programmeId());
        if (!access.canEditMeasure(before, p)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus.valueOf(p.status()).requireNotArchived();
        if (m.programmeId() != null
                && !m.programmeId().isBlank()
                && !m.programmeId().equals(before.programmeId())) {
            throw new InvalidInputException("programmeId", "error.measure.programmeFixed");
        }
        MeasureRow row = resolve(m, p, apiProblems(), new Lookups(), before);
        if (!access.canEdit(p) && row.responsibleActorId() != Long.parseLong(before.responsibleActorId())) {
            // handing the measure to another actor is for the programme's editors
            throw new ForbiddenException();
        }
        MeasureStatus.valueOf(before.status()).moveTo(MeasureStatus.valueOf(row.status()), "status");
        boolean ok;
        try {
            ok = m.version() != null && repository.update(Long.parseLong(id), m.version(), row);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw duplicateCode(row.code());
        }
        if (!ok) {
            throw new StaleVersionException(before);
        }
        MeasureView after = repository.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("MEASURE", id, before, after).onBehalfOf(row.responsibleActorId()));
        return after;
    }

    @Transactional
    public void delete(String id) {
        MeasureView before = get(id);
        if (!canDelete(before)) {
            throw new ForbiddenException();
        }
        repository.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("MEASURE", id, before));
    }

    // progress

    public List<ProgressView> progress(String measureId, int limit) {
        MeasureView m = get(measureId);
        return repository.progress(Long.parseLong(m.id()), limit);
    }

    @Transactional
    public ProgressView addProgress(String measureId, ProgressView p) {
        MeasureView m = get(measureId);
        ProgrammeView programme = programmes.get(m.programmeId());
        if (!access.canEditMeasure(m, programme)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus.valueOf(programme.status()).requireNotArchived();
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(ProgrammeService.HELSINKI);
        LocalDate date = p.date() == null ? today : p.date();
        if (date.isAfter(today)) {
            problems.add(Problem.field("date", "error.progress.future"));
        }
        if (date.getYear() < 2000) {
            problems.add(Problem.field("date", "error.measure.year"));
        }
        String status = blank(p.status()) == null ? m.status() : p.status();
        if (!MeasureStatus.CODES.contains(status)) {
            problems.add(Problem.field("status", "error.catalogue.unknownCode", status));
        }
        if (p.percent() != null && (p.percent() < 0 || p.percent() > 100)) {
            problems.add(Problem.field("percent", "error.progress.percent"));
        }
        PlanningValidation.text(problems, "text", p.text(), false, 4000);
        if (p.realisedCost() != null && p.realisedCost().signum() < 0) {
            problems.add(Problem.field("realisedCost", "error.measure.costNegative"));
        } else if (p.realisedCost() != null && p.realisedCost().compareTo(MAX_COST) > 0) {
            problems.add(Problem.field("realisedCost", "error.measure.costTooLarge"));
        }
        if ((p.text() == null || p.text().isBlank())
                && p.percent() == null
                && p.realisedCost() == null
                && status.equals(m.status())) {
            problems.add(Problem.field("text", "error.progress.empty"));
        }
        InvalidInputException.throwIfAny(problems);
        MeasureStatus.valueOf(m.status()).moveTo(MeasureStatus.valueOf(status), "status");
        Integer percent = p.percent() == null && "DONE".equals(status) ? Integer.valueOf(100) : p.percent();
        ProgressView clean = new ProgressView(
                null,
                m.id(),
                date,
                status,
                percent,
                blank(p.text()),
                p.realisedCost() == null ? null : p.realisedCost().setScale(2, java.math.RoundingMode.HALF_UP),
                null,
                null);
        long id = repository.insertProgress(
                Long.parseLong(m.id()), clean, access.user().username());
        ProgressView created = repository.progressUpdate(id).orElseThrow();
        events.publishEvent(
                ItemChanged.created("PROGRESS_UPDATE", id, created).onBehalfOf(Long.valueOf(m.responsibleActorId())));
        return created;
    }

    // resolving and validating a measure (shared by the API, the pages and the import)

    /** Where the problems of one measure go: API fields, or the cells of an imported row. */
    interface ProblemSink {
        void add(String field, String messageKey, Object... args);

        boolean any();
    }

    private static ProblemSink apiProblems() {
        List<Problem> problems = new ArrayList<>();
        return new ProblemSink() {
            @Override
            public void add(String field, String messageKey, Object... args) {
                problems.add(Problem.field(field, messageKey, args));
            }

            @Override
            public boolean any() {
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                return false;
            }
        };
    }

    /** Fresh lookups for one import (made by the service itself, not by a proxy of it). */
    Lookups lookups() {
        return new Lookups();
    }

    /** Lookups of referenced actors, groups and goals, remembered for the length of one import. */
    final class Lookups {
        private final Map<Long, Boolean> actorExists = new HashMap<>();
        private final Map<Long, Boolean> groupExists = new HashMap<>();
        private final Map<Long, Boolean> goalReadable = new HashMap<>();
        private final Map<String, Set<String>> activeCodes = new HashMap<>();

        /** Is the code an active value of the catalogue? The catalogue is read once per import. */
        boolean active(String catalogue, String code) {
            return activeCodes
                    .computeIfAbsent(catalogue, c -> {
                        Set<String> codes = new HashSet<>();
                        catalogues.active(c).forEach(e -> codes.add(e.code()));
                        return codes;
                    })
                    .contains(code);
        }

        void preloadActors(Collection<Long> ids) {
            Set<Long> missing = new HashSet<>(ids);
            missing.removeAll(actorExists.keySet());
            if (missing.isEmpty()) {
                return;
            }
            missing.forEach(id -> actorExists.put(id, false));
            for (ActorView a : actors.findAll(missing)) {
                actorExists.put(Long.valueOf(a.id()), true);
            }
        }

        void preloadGoals(Collection<Long> ids) {
            Set<Long> missing = new HashSet<>(ids);
            missing.removeAll(goalReadable.keySet());
            if (missing.isEmpty()) {
                return;
            }
            missing.forEach(id -> goalReadable.put(id, false));
            for (GoalView g : programmes.findGoals(missing)) {
                goalReadable.put(Long.valueOf(g.id()), true);
            }
        }

        boolean actor(long id) {
            return actorExists.computeIfAbsent(id, x -> actors.find(x).isPresent());
        }

        boolean group(long id) {
            return groupExists.computeIfAbsent(id, x -> groups.find(x).isPresent());
        }

        boolean goal(long id) {
            return goalReadable.computeIfAbsent(id, x -> programmes.findGoal(x).isPresent());
        }
    }

    MeasureRow resolve(MeasureView m, ProgrammeView p, ProblemSink problems, Lookups lookups, MeasureView before) {
        textField(problems, "title", m.title(), true, 300);
        textField(problems, "titleSv", m.titleSv(), false, 300);
        textField(problems, "description", m.description(), false, 8000);
        textField(problems, "descriptionSv", m.descriptionSv(), false, 8000);
        String code = blank(m.code());
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add("code", "error.measure.code");
            code = null;
        }
        Long responsible = actorRef(problems, lookups, "responsibleActorId", m.responsibleActorId(), true);
        List<Long> partners = new ArrayList<>();
        if (m.partnerActorIds() != null) {
            for (String s : new LinkedHashSet<>(m.partnerActorIds())) {
                Long id = actorRef(problems, lookups, "partnerActorIds", s, false);
                if (id != null && !id.equals(responsible)) {
                    partners.add(id);
                }
            }
        }
        List<Long> areaIds = new ArrayList<>();
        if (m.areaCodes() == null || m.areaCodes().isEmpty()) {
            problems.add("areaCodes", "error.measure.areaRequired");
        } else {
            for (String code1 : new LinkedHashSet<>(m.areaCodes())) {
                Optional<AreaView> a = code1 == null ? Optional.empty() : areas.findByCode(code1.trim());
                if (a.isEmpty()) {
                    problems.add("areaCodes", "error.area.unknownCode", code1);
                } else {
                    areaIds.add(Long.valueOf(a.get().id()));
                }
            }
        }
        List<String> targetGroups =
                codes(problems, lookups, "targetGroups", PlanningCatalogues.TARGET_GROUPS, m.targetGroups());
        List<String> themes = codes(problems, lookups, "themes", PlanningCatalogues.THEMES, m.themes());
        String emphasis = blank(m.emphasis());
        if (emphasis == null) {
            problems.add("emphasis", "validation.required");
        } else if (!Emphasis.CODES.contains(emphasis)) {
            problems.add("emphasis", "error.catalogue.unknownCode", emphasis);
        }
        List<Long> goalIds = new ArrayList<>();
        if (m.goalIds() != null) {
            for (String s : new LinkedHashSet<>(m.goalIds())) {
                Long id = PlanningValidation.idOrNull(blank(s));
                if (id == null) {
                    continue;
                }
                if (id < 0 || !lookups.goal(id)) {
                    problems.add("goalIds", "error.goal.unknown", s);
                } else {
                    goalIds.add(id);
                }
            }
        }
        if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
            problems.add("endDate", "error.measure.endBeforeStart");
        }
        year(problems, "startDate", m.startDate() == null ? null : m.startDate().getYear());
        year(problems, "endDate", m.endDate() == null ? null : m.endDate().getYear());
        String status = blank(m.status()) == null ? (before == null ? "PLANNED" : before.status()) : m.status();
        if (!MeasureStatus.CODES.contains(status)) {
            problems.add("status", "error.catalogue.unknownCode", status);
            status = "PLANNED";
        }
        Integer percent = before == null ? m.progressPercent() : before.progressPercent();
        if (percent != null && (percent < 0 || percent > 100)) {
            problems.add("progressPercent", "error.progress.percent");
        }
        String funding = blank(m.fundingSource());
        if (funding != null && !lookups.active(PlanningCatalogues.FUNDING_SOURCES, funding)) {
            problems.add("fundingSource", "error.catalogue.unknownCode", funding);
        }
        year(problems, "budgetYear", m.budgetYear());
        year(problems, "planYearFrom", m.planYearFrom());
        year(problems, "planYearTo", m.planYearTo());
        if (m.planYearFrom() != null && m.planYearTo() != null && m.planYearTo() < m.planYearFrom()) {
            problems.add("planYearTo", "error.measure.planYears");
        }
        Long carrierGroup = null;
        Long carrierActor = null;
        if (blank(m.costCarrierGroupId()) != null && blank(m.costCarrierActorId()) != null) {
            problems.add("costCarrierActorId", "error.measure.oneCarrier");
        } else if (blank(m.costCarrierGroupId()) != null) {
            carrierGroup = PlanningValidation.idOrNull(m.costCarrierGroupId().trim());
            if (carrierGroup < 0 || !lookups.group(carrierGroup)) {
                problems.add("costCarrierGroupId", "error.group.unknownId", m.costCarrierGroupId());
                carrierGroup = null;
            }
        } else if (blank(m.costCarrierActorId()) != null) {
            carrierActor = actorRef(problems, lookups, "costCarrierActorId", m.costCarrierActorId(), false);
        }
        List<Cost> costs = new ArrayList<>();
        if (m.costs() != null) {
            Set<Integer> years = new HashSet<>();
            for (Cost c : m.costs()) {
                if (c == null) {
                    continue;
                }
                if (c.year() == null || c.year() < 2000 || c.year() > 2100) {
                    problems.add("costs", "error.measure.year");
                    continue;
                }
                if (!years.add(c.year())) {
                    problems.add("costs", "error.measure.costYearTwice", String.valueOf(c.year()));
                    continue;
                }
                boolean ok = true;
                for (BigDecimal amount : new BigDecimal[] {c.planned(), c.realised()}) {
                    if (amount != null && amount.signum() < 0) {
                        problems.add("costs", "error.measure.costNegative");
                        ok = false;
                    } else if (amount != null && amount.compareTo(MAX_COST) > 0) {
                        problems.add("costs", "error.measure.costTooLarge");
                        ok = false;
                    }
                }
                if (ok && (c.planned() != null || c.realised() != null)) {
                    costs.add(new Cost(c.year(), scale(c.planned()), scale(c.realised())));
                }
            }
        }
        Long source = null;
        if (before == null && blank(m.sourceActionItemId()) != null) {
            source = PlanningValidation.idOrNull(m.sourceActionItemId().trim());
            if (source < 0) {
                problems.add("sourceActionItemId", "error.actionItem.unknown");
                source = null;
            }
        }
        if (problems.any()) {
            return null;
        }
        costs.sort(java.util.Comparator.comparing(Cost::year));
        return new MeasureRow(
                Long.parseLong(p.id()),
                code,
                m.title().trim(),
                blank(m.titleSv()),
                blank(m.description()),
                blank(m.descriptionSv()),
                responsible,
                partners,
                areaIds,
                targetGroups,
                themes,
                emphasis,
                goalIds,
                m.startDate(),
                m.endDate(),
                status,
                percent,
                funding,
                m.budgetYear(),
                m.planYearFrom(),
                m.planYearTo(),
                carrierGroup,
                carrierActor,
                source,
                costs);
    }

    private static BigDecimal scale(BigDecimal d) {
        return d == null ? null : d.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void textField(ProblemSink problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value.trim().length() > max) {
            problems.add(field, "validation.size", max, 0);
        }
    }

    private static void year(ProblemSink problems, String field, Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            problems.add(field, "error.measure.year");
        }
    }

    private Long actorRef(ProblemSink problems, Lookups lookups, String field, String value, boolean required) {
        String v = blank(value);
        if (v == null) {
            if (required) {
                problems.add(field, "validation.required");
            }
            return null;
        }
        Long id = PlanningValidation.idOrNull(v);
        if (id < 0 || !lookups.actor(id)) {
            problems.add(field, "error.actor.unknown", v);
            return null;
        }
        return id;
    }

    private List<String> codes(
            ProblemSink problems, Lookups lookups, String field, String catalogue, List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String v : new LinkedHashSet<>(values)) {
            String code = blank(v);
            if (code == null) {
                continue;
            }
            if (!lookups.active(catalogue, code)) {
                problems.add(field, "error.catalogue.unknownCode", code);
            } else {
                out.add(code);
            }
        }
        return out;
    }

    static DomainException duplicateCode(String code) {
        return new DomainException(
                409,
                "error.measure.duplicateCode",
                List.of(Problem.field("code", "error.measure.duplicateCode", code)),
                code);
    }

    // reading for the pages and reports

    public List<MeasureView> ofGoals(Collection<Long> goalIds, int limit) {
        return access.readMeasures(repository.ofGoals(goalIds, access.hidden(), limit));
    }

    public long count(Filter f) {
        return repository.count(repositoryFilter(f, access.hidden()));
    }

    void stream(Filter f, String sort, Consumer<MeasureView> each) {
        repository.stream(repositoryFilter(f, access.hidden()), sort, m -> each.accept(access.readMeasure(m)));
    }

    List<Integer> costYears(Filter f) {
        return repository.costYears(repositoryFilter(f, access.hidden()));
    }

    List<Integer> costYearsPublic(Filter f, Collection<Long> programmeIds) {
        return repository.costYears(publicFilter(f, programmeIds));
    }

    void streamPublic(Filter f, Collection<Long> programmeIds, Consumer<MeasureView> each) {
        repository.stream(publicFilter(f, programmeIds), null, each);
    }

    private MeasureRepository.Filter publicFilter(Filter f, Collection<Long> programmeIds) {
        MeasureRepository.Filter base = repositoryFilter(f, access.allRestricted());
        return new MeasureRepository.Filter(
                base.text(),
                base.programmeId(),
                base.areaId(),
                base.theme(),
                base.targetGroup(),
                base.emphasis(),
                base.status(),
                base.delayed(),
                base.responsibleActorId(),
                base.year(),
                base.goalId(),
                programmeIds,
                base.hidden());
    }

    PageResult<MeasureView> listPublic(Filter f, Collection<Long> programmeIds, PageParams paging) {
        MeasureRepository.Filter filter = publicFilter(f, programmeIds);
        return repository.list(filter, paging);
    }

    ProgrammeView targetProgrammeForImport(String programmeId) {
        return targetProgramme(programmeId, "programmeId");
    }

    MeasureRepository repository() {
        return repository;
    }

    PlanningAccess access() {
        return access;
    }

    private static String blank(String s) {
        return PlanningValidation.blank(s);
    }
}
