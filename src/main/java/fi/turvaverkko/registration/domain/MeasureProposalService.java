package fi.turvaverkko.registration;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaService;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.registration.domain.ProposalRepository;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of measures for the action list. An organisation's users propose; the coordinator of its
 * region approves (the measure is then created in the action list) or rejects with a reason; the
 * asker gets a mail either way.
 */
@Service
public class MeasureProposalService {

    /** The emphases of slide 7, as the planning module names them. */
    public static final List<String> EMPHASES =
            List.of("PREVENTION", "EARLY_INTERVENTION", "EVERYDAY_SAFETY", "EXCLUSION_PREVENTION", "CORRECTIVE");

    private final ProposalRepository repository;
    private final RequestRights rights;
    private final AreaService areas;
    private final Catalogues catalogues;
    private final MeasureHandOver handOver;
    private final AskerMail mail;
    private final ApplicationEventPublisher events;

    MeasureProposalService(
            ProposalRepository repository,
            RequestRights rights,
            AreaService areas,
            Catalogues catalogues,
            MeasureHandOver handOver,
            AskerMail mail,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.rights = rights;
        this.areas = areas;
        this.catalogues = catalogues;
        this.handOver = handOver;
        this.mail = mail;
        this.events = events;
    }

    @Transactional
    public MeasureProposalView create(MeasureProposalView p) {
        ActorView actor = rights.asker(p.actorId());
        List<Problem> problems = new ArrayList<>();
        String title = blank(p.title());
        if (title == null) {
            problems.add(Problem.field("title", "validation.required"));
        } else if (title.length() > 300) {
            problems.add(Problem.field("title", "validation.size", 300, 0));
        }
        String description = blank(p.description());
        if (description != null && description.length() > 4000) {
            problems.add(Problem.field("description", "validation.size", 4000, 0));
        }
        List<String> areaCodes = distinct(p.areaCodes());
        Long region = null;
        for (String code : areaCodes) {
            AreaView a = areas.findByCode(code).orElse(null);
            if (a == null) {
                problems.add(Problem.field("areaCodes", "error.area.unknownCode", code));
            } else if (region == null) {
                region = rights.regionOfArea(Long.valueOf(a.id()));
            }
        }
        List<String> themes = codes("themes", "themes", p.themes(), problems);
        List<String> targetGroups = codes("targetGroups", "target-groups", p.targetGroups(), problems);
        String emphasis = blank(p.emphasis());
        if (emphasis != null && !EMPHASES.contains(emphasis)) {
            problems.add(Problem.field("emphasis", "error.catalogue.unknownCode", emphasis));
        }
        if (p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate())) {
            problems.add(Problem.field("endDate", "error.proposal.endBeforeStart"));
        }
        InvalidInputException.throwIfAny(problems);
        if (region == null) {
            region = rights.regionOfActor(actor);
        }
        MeasureProposalView clean = new MeasureProposalView(
                null,
                actor.id(),
                title,
                description,
                areaCodes,
                themes,
                targetGroups,
                emphasis,
                p.startDate(),
                p.endDate(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        long id = repository.insert(
                clean, Long.parseLong(actor.id()), region, CurrentUser.get().id());
        MeasureProposalView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEASURE_PROPOSAL", id, created).onBehalfOf(Long.valueOf(actor.id())));
        return created;
    }

    public PageResult<MeasureProposalView> list(RequestFilter f, PageParams paging) {
        CurrentUser u = rights.user();
        boolean toAnswer = Boolean.TRUE.equals(f.toAnswer());
        boolean own = Boolean.TRUE.equals(f.own());
        return repository.list(
                toAnswer ? List.of() : u.actorIds(),
                own ? List.of() : u.coordinatorRegionIds(),
                RequestStatuses.check(f.status()),
                JoinRequestService.parseOrInvalid("actorId", f.actorId()),
                paging);
    }

    /** A proposal; its organisation's users and the coordinator of its region read it (404 to others). */
    public MeasureProposalView get(String id) {
        long key = Ids.parse(id);
        MeasureProposalView p = repository.find(key).orElseThrow(NotFoundException::new);
        if (!rights.user().actsFor(Long.valueOf(p.actorId())) && !mayAnswer(key)) {
            throw new NotFoundException();
        }
        return p;
    }

    public boolean canAnswer(MeasureProposalView p) {
        return "PENDING".equals(p.status()) && mayAnswer(Long.parseLong(p.id()));
    }

    /** Whether approving would create the measure: the planning module is there to take it. */
    public boolean canHandOver() {
        return handOver.available();
    }

    private boolean mayAnswer(long id) {
        return repository
                .regionOf(id)
                .map(r -> rights.user().isCoordinatorOf(r))
                .orElse(false);
    }

    @Transactional
    public MeasureProposalView approve(String id) {
        MeasureProposalView p = answerable(id);
        String measureId = handOver.create(p);
        if (!repository.decide(Long.parseLong(id), "APPROVED", RegistrationService.who(), null, measureId)) {
            throw new ConflictException("error.request.decided");
        }
        return decided(p, "approved", null);
    }

    @Transactional
    public MeasureProposalView reject(String id, Decision decision) {
        MeasureProposalView p = answerable(id);
        String reason = RegistrationService.reason(decision);
        if (!repository.decide(Long.parseLong(id), "REJECTED", RegistrationService.who(), reason, null)) {
            throw new ConflictException("error.request.decided");
        }
        return decided(p, "rejected", reason);
    }

    private MeasureProposalView answerable(String id) {
        MeasureProposalView p = get(id);
        if (!mayAnswer(Long.parseLong(id))) {
            throw new ForbiddenException();
        }
        if (!"PENDING".equals(p.status())) {
            throw new ConflictException("error.request.decided");
        }
        return p;
    }

    private MeasureProposalView decided(MeasureProposalView before, String outcome, String reason) {
        MeasureProposalView after = repository.find(Long.parseLong(before.id())).orElseThrow();
        events.publishEvent(ItemChanged.updated("MEASURE_PROPOSAL", before.id(), before, after)
                .onBehalfOf(Long.valueOf(before.actorId())));
        mail.send(
                repository.askerId(Long.parseLong(before.id())),
                "request.mail." + outcome + ".subject",
                "proposal.mail." + outcome,
                before.title(),
                reason == null ? "" : reason);
        return after;
    }

    private List<String> codes(String field, String catalogue, List<String> given, List<Problem> problems) {
        List<String> codes = distinct(given);
        boolean known = !catalogues.active(catalogue).isEmpty();
        for (String c : codes) {
            if (known ? !catalogues.isActive(catalogue, c) : !c.matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field(field, "error.catalogue.unknownCode", c));
            }
        }
        return codes;
    }

    static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                set.add(v.trim());
            }
        }
        return List.copyOf(set);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
