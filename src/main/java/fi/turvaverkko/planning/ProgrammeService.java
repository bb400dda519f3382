package fi.turvaverkko.planning;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.domain.GoalRepository;
import fi.turvaverkko.planning.domain.ProgrammeRepository;
import fi.turvaverkko.planning.domain.ProgrammeStatus;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.Changes;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and plans with their goals. Everyone logged in reads the public ones, anonymous readers
 * the approved public ones (through {@link PublicPlanning}); a restricted plan exists only for those
 * {@link PlanningAccess} lets read it. Approval records who, when and by which decision.
 */
@Service
public class ProgrammeService {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** The secrecy period of a document unless another is set (Act 621/1999, § 31). */
    static final int SECRECY_YEARS = 25;

    private final ProgrammeRepository repository;
    private final GoalRepository goals;
    private final PlanningAccess access;
    private final Areas areas;
    private final Actors actors;
    private final Groups groups;
    private final Catalogues catalogues;
    private final ApplicationEventPublisher events;
    private final fi.turvaverkko.platform.PlatformProperties platform;

    ProgrammeService(
            ProgrammeRepository repository,
            GoalRepository goals,
            PlanningAccess access,
            Areas areas,
            Actors actors,
            Groups groups,
            Catalogues catalogues,
            ApplicationEventPublisher events,
            fi.turvaverkko.platform.PlatformProperties platform) {
        this.platform = platform;
        this.repository = repository;
        this.goals = goals;
        this.access = access;
        this.areas = areas;
        this.actors = actors;
        this.groups = groups;
        this.catalogues = catalogues;
        this.events = events;
    }

    /** The filters of the programme list; {@code area} is a code and includes the areas below it. */
    public record Filter(String text, String kind, String area, String status, String confidentiality) {}

    public PageResult<ProgrammeView> list(Filter f, PageParams paging) {
        PageResult<ProgrammeView> page = repository.list(repositoryFilter(f, access.hidden()), paging);
        access.readProgrammes(page.content());
        return page;
    }

    ProgrammeRepository.Filter repositoryFilter(Filter f, Set<Long> hidden) {
        if (f.status() != null
                && !f.status().isBlank()
                && !List.of("DRAFT", "APPROVED", "ARCHIVED").contains(f.status())) {
            throw new InvalidInputException("status", "error.catalogue.unknownCode", f.status());
        }
        if (f.confidentiality() != null
                && !f.confidentiality().isBlank()
                && !List.of(ProgrammeView.PUBLIC, ProgrammeView.RESTRICTED).contains(f.confidentiality())) {
            throw new InvalidInputException("confidentiality", "error.catalogue.unknownCode", f.confidentiality());
        }
        return new ProgrammeRepository.Filter(
                f.text(),
                blank(f.kind()),
                areasWithin(f.area(), "area"),
                blank(f.status()),
                blank(f.confidentiality()),
                null,
                hidden);
    }

    /** The ids of the area given by code and of every area below it; null when no area is asked. */
    public List<Long> areasWithin(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        AreaView a = areas.findByCode(code.trim())
                .orElseThrow(() -> new InvalidInputException(field, "error.area.unknownCode", code));
        return areas.within(Long.valueOf(a.id()), null).stream()
                .map(x -> Long.valueOf(x.id()))
                .toList();
    }

    /** Every programme the user may read (at most 500), for choices and the alignment matrix. */
    public List<ProgrammeView> readable(String kind) {
        return access.readProgrammes(repository.all(
                new ProgrammeRepository.Filter(null, blank(kind), null, null, null, null, access.hidden()), 500));
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
        return access.readProgrammes(repository.all(
                new ProgrammeRepository.Filter(null, null, ids, null, null, null, access.hidden()), 1000));
    }

    /** The goals of several programmes at once, each programme's in its order. */
    public List<GoalView> goalsOf(Collection<Long> programmeIds) {
        return access.readGoals(goals.ofProgrammes(programmeIds));
    }

    /**
     * The public action lists of an area, newest first, for measures that other modules make: they go
     * there whoever asks, so the user's reading and editing rights do not narrow this list.
     */
    List<ProgrammeView> actionLists(long areaId) {
        return repository.all(
                new ProgrammeRepository.Filter(
                        null, PlanningCatalogues.ACTION_LIST, List.of(areaId), null, ProgrammeView.PUBLIC, null, null),
                100);
    }

    /** The programmes the user may add measures to. */
    public List<ProgrammeView> editable() {
        List<ProgrammeView> open =
                choices().stream().filter(p -> !"ARCHIVED".equals(p.status())).toList();
        return access.editable(open);
    }

    /**
     * A programme the caller may read. A restricted one is reported to the audit log as read by this
     * request, also when it is looked up for a reference or a rights check: such a lookup is made for
     * something the request shows of it.
     */
    public Optional<ProgrammeView> find(long id) {
        Optional<ProgrammeView> p = repository.find(id).filter(access::canRead);
        p.ifPresent(x -> access.readProgrammes(List.of(x)));
        return p;
    }

    public ProgrammeView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public List<ProgrammeView> findAll(Collection<Long> ids) {
        return access.readProgrammes(
                repository.findAll(ids).stream().filter(access::canRead).toList());
    }

    public boolean canEdit(ProgrammeView p) {
        return access.canEdit(p);
    }

    public boolean canCreate() {
        return !access.user().isAnonymous()
                && (access.user().isCoordinator() || !access.user().actorIds().isEmpty());
    }

    public long[] sizes(ProgrammeView p) {
        return repository.sizes(Long.parseLong(p.id()));
    }

    @Transactional
    public ProgrammeView create(ProgrammeView p) {
        Resolved r = validate(p);
        if (!access.canCreateIn(r.areaId())) {
            throw new ForbiddenException();
        }
        if (r.programme().isRestricted() && !access.canRead(r.programme())) {
            // a restricted plan that its own author could not read again
            throw new InvalidInputException("confidentiality", "error.programme.restrictedOwner");
        }
        long id = repository.insert(r.programme(), r.areaId());
        access.refresh();
        ProgrammeView created = repository.find(id).orElseThrow();
        events.publishEvent(
                ItemChanged.created("PROGRAMME", id, created).onBehalfOf(Ids.parseOrNull(created.ownerActorId())));
        return created;
    }

    @Transactional
    public ProgrammeView update(String id, ProgrammeView p) {
        ProgrammeView before = get(id);
        if (!access.canEdit(before)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus.valueOf(before.status()).requireNotArchived();
        Resolved r = validate(p);
        if (r.areaId() != Long.parseLong(before.areaId()) && !access.canCreateIn(r.areaId())) {
            throw new ForbiddenException();
        }
        if (r.programme().isRestricted() && !access.canRead(withId(r.programme(), before))) {
            throw new InvalidInputException("confidentiality", "error.programme.restrictedOwner");
        }
        if (p.version() == null || !repository.update(Long.parseLong(id), p.version(), r.programme(), r.areaId())) {
            throw new StaleVersionException(before);
        }
        access.refresh();
        ProgrammeView after = repository.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("PROGRAMME", id, before, after));
        return after;
    }

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
        if (!access.canEdit(before)) {
            throw new ForbiddenException();
        }
        if (!"DRAFT".equals(before.status())) {
            throw new ConflictException("error.programme.deleteApproved");
        }
        repository.delete(Long.parseLong(id));
        access.refresh();
        events.publishEvent(ItemChanged.deleted("PROGRAMME", id, before));
    }

    /** {@code approve} (needs the decision's reference, e.g. a council minute) or {@code archive}. */
    @Transactional
    public ProgrammeView transition(String id, String action, String decisionReference, LocalDate decisionDate) {
        ProgrammeView before = get(id);
        if (!access.canEdit(before)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus from = ProgrammeStatus.valueOf(before.status());
        ProgrammeStatus to = from.after(action);
        String reference = blank(decisionReference);
        if (to == ProgrammeStatus.APPROVED) {
            List<Problem> problems = new ArrayList<>();
            PlanningValidation.text(problems, "decisionReference", reference, true, 300);
            if (decisionDate != null && decisionDate.isAfter(LocalDate.now(HELSINKI))) {
                problems.add(Problem.field("decisionDate", "error.programme.decisionInFuture"));
            }
            InvalidInputException.throwIfAny(problems);
        }
        if (!repository.transition(
                Long.parseLong(id),
                from.name(),
                to.name(),
                access.user().username(),
                to == ProgrammeStatus.APPROVED ? reference : before.decisionReference(),
                to == ProgrammeStatus.APPROVED
                        ? (decisionDate == null ? LocalDate.now(HELSINKI) : decisionDate)
                        : before.decisionDate())) {
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
        return after;
    }

    // validation

    private record Resolved(ProgrammeView programme, long areaId) {}

    private Resolved validate(ProgrammeView p) {
        List<Problem> problems = new ArrayList<>();
        if (p.kind() == null || p.kind().isBlank()) {
            problems.add(Problem.field("kind", "validation.required"));
        } else if (!catalogues.isActive(PlanningCatalogues.PLAN_KINDS, p.kind())) {
            problems.add(Problem.field("kind", "error.catalogue.unknownCode", p.kind()));
        }
        PlanningValidation.text(problems, "name", p.name(), true, 300);
        PlanningValidation.text(problems, "nameSv", p.nameSv(), false, 300);
        PlanningValidation.text(problems, "nameEn", p.nameEn(), false, 300);
        PlanningValidation.text(problems, "description", p.description(), false, 8000);
        PlanningValidation.text(problems, "decisionReference", p.decisionReference(), false, 300);
        String ownerActor = blank(p.ownerActorId());
        String ownerGroup = blank(p.ownerGroupId());
        if (ownerActor == null && ownerGroup == null) {
            problems.add(Problem.field("ownerActorId", "error.programme.ownerRequired"));
        }
        if (ownerActor != null
                && actors.find(PlanningValidation.idOrNull(ownerActor)).isEmpty()) {
            problems.add(Problem.field("ownerActorId", "error.actor.unknown", ownerActor));
        }
        if (ownerGroup != null
                && groups.find(PlanningValidation.idOrNull(ownerGroup)).isEmpty()) {
            problems.add(Problem.field("ownerGroupId", "error.group.unknownId", ownerGroup));
        }
        Long areaId = resolveArea(p.areaId(), p.areaCode(), problems);
        if (p.periodStart() != null && p.periodEnd() != null && p.periodEnd().isBefore(p.periodStart())) {
            problems.add(Problem.field("periodEnd", "error.programme.endBeforeStart"));
        }
        String confidentiality = blank(p.confidentiality()) == null ? ProgrammeView.PUBLIC : p.confidentiality();
        if (!List.of(ProgrammeView.PUBLIC, ProgrammeView.RESTRICTED).contains(confidentiality)) {
            problems.add(Problem.field("confidentiality", "error.catalogue.unknownCode", confidentiality));
        }
        PlanningValidation.text(problems, "legalBasis", p.legalBasis(), false, 300);
        InvalidInputException.throwIfAny(problems);
        boolean restricted = ProgrammeView.RESTRICTED.equals(confidentiality);
        LocalDate from = p.decisionDate() != null
                ? p.decisionDate()
                : p.periodStart() != null ? p.periodStart() : LocalDate.now(HELSINKI);
        ProgrammeView clean = new ProgrammeView(
                null,
                p.kind(),
                p.name().trim(),
                blank(p.nameSv()),
                blank(p.nameEn()),
                blank(p.description()),
                ownerActor,
                ownerGroup,
                String.valueOf(areaId),
                null,
                p.periodStart(),
                p.periodEnd(),
                null,
                null,
                null,
                blank(p.decisionReference()),
                p.decisionDate(),
                confidentiality,
                restricted
                        ? (blank(p.legalBasis()) == null
                                ? ProgrammeView.DEFAULT_LEGAL_BASIS
                                : p.legalBasis().trim())
                        : null,
                restricted
                        ? (p.secrecyEndsOn() == null
                                ? LocalDate.of(from.getYear() + SECRECY_YEARS, 12, 31)
                                : p.secrecyEndsOn())
                        : null,
                p.version());
        return new Resolved(clean, areaId);
    }

    private Long resolveArea(String id, String code, List<Problem> problems) {
        AreaView byCode =
                code == null || code.isBlank() ? null : areas.findByCode(code).orElse(null);
        AreaView byId = id == null || id.isBlank()
                ? null
                : areas.find(PlanningValidation.idOrNull(id)).orElse(null);
        if (code != null && !code.isBlank() && byCode == null) {
            problems.add(Problem.field("areaCode", "error.area.unknownCode", code));
            return null;
        }
        if (id != null && !id.isBlank() && byId == null) {
            problems.add(Problem.field("areaId", "error.area.unknown"));
            return null;
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("areaCode", "error.area.idCodeMismatch"));
            return null;
        }
        AreaView a = byCode != null ? byCode : byId;
        if (a == null) {
            problems.add(Problem.field("areaCode", "validation.required"));
            return null;
        }
        return Long.valueOf(a.id());
    }

    // goals

    public List<GoalView> goals(ProgrammeView p) {
        return access.readGoals(goals.ofProgramme(Long.parseLong(p.id())));
    }

    public PageResult<GoalView> listGoals(String programmeId, String parentId, String text, PageParams paging) {
        Long programme = Ids.parseOrNull(blank(programmeId));
        if (programme != null) {
            get(String.valueOf(programme));
        }
        PageResult<GoalView> page = goals.list(
                new GoalRepository.Filter(programme, Ids.parseOrNull(blank(parentId)), text, access.hidden()), paging);
        access.readGoals(page.content());
        return page;
    }

    public Optional<GoalView> findGoal(long id) {
        Optional<GoalView> g =
                goals.find(id).filter(x -> find(Long.parseLong(x.programmeId())).isPresent());
        g.ifPresent(x -> access.readGoals(List.of(x)));
        return g;
    }

    public GoalView goal(String id) {
        return findGoal(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** The goals the user may read among these ids. */
    public List<GoalView> findGoals(Collection<Long> ids) {
        Set<Long> hidden = access.hidden();
        return access.readGoals(goals.findAll(ids).stream()
                .filter(g -> !hidden.contains(Long.valueOf(g.programmeId())))
                .toList());
    }

    @Transactional
    public GoalView createGoal(GoalView g) {
        if (g.programmeId() == null || g.programmeId().isBlank()) {
            throw new InvalidInputException("programmeId", "validation.required");
        }
        ProgrammeView p = find(PlanningValidation.idOrNull(g.programmeId()))
                .orElseThrow(() -> new InvalidInputException("programmeId", "error.programme.unknown"));
        requireGoalsEditable(p);
        GoalView clean = validateGoal(g, p, null);
        long id = goals.insert(clean, Long.parseLong(p.id()));
        GoalView created = goals.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("GOAL", id, created));
        return created;
    }

    @Transactional
    public GoalView updateGoal(String id, GoalView g) {
        GoalView before = goal(id);
        ProgrammeView p = get(before.programmeId());
        requireGoalsEditable(p);
        if (g.programmeId() != null
                && !g.programmeId().isBlank()
                && !g.programmeId().equals(before.programmeId())) {
            throw new InvalidInputException("programmeId", "error.goal.programmeFixed");
        }
        GoalView clean = validateGoal(g, p, before);
        if (g.version() == null || !goals.update(Long.parseLong(id), g.version(), clean)) {
            throw new StaleVersionException(before);
        }
        GoalView after = goals.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("GOAL", id, before, after));
        return after;
    }

    @Transactional
    public void deleteGoal(String id) {
        GoalView before = goal(id);
        requireGoalsEditable(get(before.programmeId()));
        goals.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("GOAL", id, before));
    }

    private void requireGoalsEditable(ProgrammeView p) {
        if (!access.canEdit(p)) {
            throw new ForbiddenException();
        }
        ProgrammeStatus.valueOf(p.status()).requireGoalsEditable();
    }

    public boolean canEditGoals(ProgrammeView p) {
        return "DRAFT".equals(p.status()) && access.canEdit(p);
    }

    private GoalView validateGoal(GoalView g, ProgrammeView p, GoalView before) {
        List<Problem> problems = new ArrayList<>();
        PlanningValidation.text(problems, "title", g.title(), true, 500);
        PlanningValidation.text(problems, "titleSv", g.titleSv(), false, 500);
        PlanningValidation.text(problems, "titleEn", g.titleEn(), false, 500);
        PlanningValidation.text(problems, "description", g.description(), false, 8000);
        String code = blank(g.code());
        if (code != null && !code.matches("[\\p{L}0-9][\\p{L}0-9.\\-/ ]{0,29}")) {
            problems.add(Problem.field("code", "error.goal.code"));
        }
        String parent = blank(g.parentId());
        if (parent != null) {
            Optional<GoalView> parentGoal = goals.find(PlanningValidation.idOrNull(parent));
            if (parentGoal.isEmpty() || !parentGoal.get().programmeId().equals(p.id())) {
                problems.add(Problem.field("parentId", "error.goal.parent"));
            } else if (before != null
                    && goals.isSelfOrDescendant(Long.parseLong(before.id()), Long.parseLong(parent))) {
                problems.add(Problem.field("parentId", "error.goal.parentCycle"));
            }
        }
        if (g.sortOrder() != null && (g.sortOrder() < 0 || g.sortOrder() > 100_000)) {
            problems.add(Problem.field("sortOrder", "error.goal.sortOrder"));
        }
        InvalidInputException.throwIfAny(problems);
        if (code != null) {
            goals.findByCode(Long.parseLong(p.id()), code)
                    .filter(other -> before == null || !other.id().equals(before.id()))
                    .ifPresent(other -> {
                        throw new DomainException(
                                409,
                                "error.goal.duplicateCode",
                                List.of(Problem.field("code", "error.goal.duplicateCode", code)),
                                code);
                    });
        }
        return new GoalView(
                null,
                p.id(),
                parent,
                code,
                g.title().trim(),
                blank(g.titleSv()),
                blank(g.titleEn()),
                blank(g.description()),
                g.sortOrder() == null
                        ? (before == null ? goals.nextSortOrder(Long.parseLong(p.id())) : before.sortOrder())
                        : g.sortOrder(),
                g.version());
    }

    // alignment links

    public PageResult<GoalLinkView> links(String goalId, String programmeId, String kind, PageParams paging) {
        if (kind != null && !kind.isBlank() && !GoalLinkView.KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "error.goalLink.kind", kind);
        }
        PageResult<GoalLinkView> page = goals.links(
                new GoalRepository.LinkFilter(
                        Ids.parseOrNull(blank(goalId)),
                        Ids.parseOrNull(blank(programmeId)),
                        blank(kind),
                        access.hidden()),
                paging);
        access.readLinks(page.content());
        return page;
    }

    public GoalLinkView link(String id) {
        GoalLinkView l = goals.link(Ids.parse(id)).orElseThrow(NotFoundException::new);
        if (find(Long.parseLong(l.fromProgrammeId())).isEmpty()
                || find(Long.parseLong(l.toProgrammeId())).isEmpty()) {
            throw new NotFoundException();
        }
        access.readLinks(List.of(l));
        return l;
    }

    public boolean canEditLink(GoalLinkView l) {
        return find(Long.parseLong(l.fromProgrammeId())).map(access::canEdit).orElse(false)
                || find(Long.parseLong(l.toProgrammeId())).map(access::canEdit).orElse(false);
    }

    /** Links a lower goal to a higher one of another programme; refuses a link that would close a cycle. */
    @Transactional
    public GoalLinkView createLink(GoalLinkView l) {
        List<Problem> problems = new ArrayList<>();
        GoalView from = linkedGoal(l.fromGoalId(), "fromGoalId", problems);
        GoalView to = linkedGoal(l.toGoalId(), "toGoalId", problems);
        String kind = blank(l.kind()) == null ? "CONTRIBUTES_TO" : l.kind();
        if (!GoalLinkView.KINDS.contains(kind)) {
            problems.add(Problem.field("kind", "error.goalLink.kind", kind));
        }
        PlanningValidation.text(problems, "note", l.note(), false, 2000);
        InvalidInputException.throwIfAny(problems);
        ProgrammeView fromProgramme = get(from.programmeId());
        ProgrammeView toProgramme = get(to.programmeId());
        if (!access.canEdit(fromProgramme) && !access.canEdit(toProgramme)) {
            throw new ForbiddenException();
        }
        if (from.programmeId().equals(to.programmeId())) {
            throw new InvalidInputException("toGoalId", "error.goalLink.sameProgramme");
        }
        long fromId = Long.parseLong(from.id());
        long toId = Long.parseLong(to.id());
        if (goals.link(fromId, toId).isPresent()) {
            throw new DomainException(
                    409, "error.goalLink.duplicate", List.of(Problem.field("toGoalId", "error.goalLink.duplicate")));
        }
        if (goals.leadsUpTo(toId, fromId)) {
            throw new InvalidInputException("toGoalId", "error.goalLink.cycle", to.label(), from.label());
        }
        long id = goals.insertLink(
                fromId, toId, kind, blank(l.note()), access.user().username());
        GoalLinkView created = goals.link(id).orElseThrow();
        events.publishEvent(ItemChanged.created("GOAL_LINK", id, created));
        return created;
    }

    @Transactional
    public GoalLinkView updateLink(String id, GoalLinkView l) {
        GoalLinkView before = link(id);
        if (!canEditLink(before)) {
            throw new ForbiddenException();
        }
        if ((l.fromGoalId() != null && !l.fromGoalId().equals(before.fromGoalId()))
                || (l.toGoalId() != null && !l.toGoalId().equals(before.toGoalId()))) {
            throw new InvalidInputException("toGoalId", "error.goalLink.goalsFixed");
        }
        List<Problem> problems = new ArrayList<>();
        String kind = blank(l.kind()) == null ? before.kind() : l.kind();
        if (!GoalLinkView.KINDS.contains(kind)) {
            problems.add(Problem.field("kind", "error.goalLink.kind", kind));
        }
        PlanningValidation.text(problems, "note", l.note(), false, 2000);
        InvalidInputException.throwIfAny(problems);
        if (l.version() == null || !goals.updateLink(Long.parseLong(id), l.version(), kind, blank(l.note()))) {
            throw new StaleVersionException(before);
        }
        GoalLinkView after = goals.link(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("GOAL_LINK", id, before, after));
        return after;
    }

    @Transactional
    public void deleteLink(String id) {
        GoalLinkView before = link(id);
        if (!canEditLink(before)) {
            throw new ForbiddenException();
        }
        goals.deleteLink(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("GOAL_LINK", id, before));
    }

    private GoalView linkedGoal(String id, String field, List<Problem> problems) {
        if (id == null || id.isBlank()) {
            problems.add(Problem.field(field, "validation.required"));
            return null;
        }
        Optional<GoalView> g = findGoal(PlanningValidation.idOrNull(id));
        if (g.isEmpty()) {
            problems.add(Problem.field(field, "error.goal.unknown", id));
            return null;
        }
        return g.get();
    }

    List<GoalLinkView> linksUp(Collection<Long> goalIds) {
        return goals.linksUp(goalIds);
    }

    List<GoalLinkView> linksDown(Collection<Long> goalIds) {
        return goals.linksDown(goalIds);
    }

    List<GoalView> childGoals(Collection<Long> goalIds) {
        return goals.childrenOf(goalIds);
    }

    Map<Long, GoalRepository.LinkCounts> linkCounts(ProgrammeView p) {
        return goals.linkCounts(Long.parseLong(p.id()));
    }

    private static String blank(String s) {
        return PlanningValidation.blank(s);
    }
}
