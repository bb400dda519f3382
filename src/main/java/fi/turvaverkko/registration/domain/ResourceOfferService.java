package fi.turvaverkko.registration;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaService;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.registration.domain.OfferRepository;
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
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of resources to the regional registry. An organisation's users offer; the coordinator of
 * its region approves (the resource is then added to the registry) or rejects with a reason; the
 * asker gets a mail either way.
 */
@Service
public class ResourceOfferService {

    /** The resource types' catalogue, kept by the resources module. */
    public static final String TYPES = "resource-types";

    /** The availabilities of the registry. */
    public static final List<String> AVAILABILITIES = List.of("AVAILABLE", "LIMITED", "UNAVAILABLE");

    private final OfferRepository repository;
    private final Catalogues catalogues;
    private final RequestRights rights;
    private final AreaService areas;
    private final ResourceHandOver handOver;
    private final AskerMail mail;
    private final ApplicationEventPublisher events;

    ResourceOfferService(
            OfferRepository repository,
            Catalogues catalogues,
            RequestRights rights,
            AreaService areas,
            ResourceHandOver handOver,
            AskerMail mail,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.rights = rights;
        this.areas = areas;
        this.handOver = handOver;
        this.mail = mail;
        this.events = events;
    }

    @Transactional
    public ResourceOfferView create(ResourceOfferView o) {
        ActorView actor = rights.asker(o.actorId());
        List<Problem> problems = new ArrayList<>();
        String name = MeasureProposalService.blank(o.name());
        if (name == null) {
            problems.add(Problem.field("name", "validation.required"));
        } else if (name.length() > 200) {
            problems.add(Problem.field("name", "validation.size", 200, 0));
        }
        String type = MeasureProposalService.blank(o.typeCode());
        if (type == null) {
            problems.add(Problem.field("typeCode", "validation.required"));
        } else if (!isType(type)) {
            problems.add(Problem.field("typeCode", "error.catalogue.unknownCode", type));
        }
        if (o.quantity() == null) {
            problems.add(Problem.field("quantity", "validation.required"));
        } else if (o.quantity() < 1 || o.quantity() > 1_000_000) {
            problems.add(Problem.field("quantity", "error.offer.quantity"));
        }
        String description = MeasureProposalService.blank(o.description());
        if (description != null && description.length() > 4000) {
            problems.add(Problem.field("description", "validation.size", 4000, 0));
        }
        String availability = MeasureProposalService.blank(o.availability());
        if (availability != null && !AVAILABILITIES.contains(availability)) {
            problems.add(Problem.field("availability", "error.catalogue.unknownCode", availability));
        }
        if (o.activationMinutes() != null && (o.activationMinutes() < 0 || o.activationMinutes() > 525_600)) {
            problems.add(Problem.field("activationMinutes", "error.offer.activation"));
        }
        String areaCode = MeasureProposalService.blank(o.areaCode());
        AreaView area = null;
        if (areaCode == null) {
            problems.add(Problem.field("areaCode", "validation.required"));
        } else {
            area = areas.findByCode(areaCode).orElse(null);
            if (area == null) {
                problems.add(Problem.field("areaCode", "error.area.unknownCode", areaCode));
            } else if (!"MUNICIPALITY".equals(area.type()) && !"SUBREGION".equals(area.type())) {
                problems.add(Problem.field("areaCode", "error.offer.areaLevel"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Long region = rights.regionOfArea(Long.valueOf(area.id()));
        if (region == null) {
            region = rights.regionOfActor(actor);
        }
        ResourceOfferView clean = new ResourceOfferView(
                null,
                actor.id(),
                type,
                name,
                description,
                o.quantity(),
                area.code(),
                availability,
                o.activationMinutes(),
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
        ResourceOfferView created = repository.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("RESOURCE_OFFER", id, created).onBehalfOf(Long.valueOf(actor.id())));
        return created;
    }

    /** A type of the catalogue; while the catalogue is empty, any well-formed code. */
    private boolean isType(String code) {
        return catalogues.active(TYPES).isEmpty()
                ? code.matches("[A-Z][A-Z0-9_]{0,59}")
                : catalogues.isActive(TYPES, code);
    }

    public PageResult<ResourceOfferView> list(RequestFilter f, PageParams paging) {
        CurrentUser u = rights.user();
        return repository.list(
                Boolean.TRUE.equals(f.toAnswer()) ? List.of() : u.actorIds(),
                Boolean.TRUE.equals(f.own()) ? List.of() : u.coordinatorRegionIds(),
                RequestStatuses.check(f.status()),
                JoinRequestService.parseOrInvalid("actorId", f.actorId()),
                paging);
    }

    /** An offer; its organisation's users and the coordinator of its region read it (404 to others). */
    public ResourceOfferView get(String id) {
        long key = Ids.parse(id);
        ResourceOfferView o = repository.find(key).orElseThrow(NotFoundException::new);
        if (!rights.user().actsFor(Long.valueOf(o.actorId())) && !mayAnswer(key)) {
            throw new NotFoundException();
        }
        return o;
    }

    public boolean canAnswer(ResourceOfferView o) {
        return "PENDING".equals(o.status()) && mayAnswer(Long.parseLong(o.id()));
    }

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
    public ResourceOfferView approve(String id) {
        ResourceOfferView o = answerable(id);
        String resourceId = handOver.create(o);
        if (!repository.decide(Long.parseLong(id), "APPROVED", RegistrationService.who(), null, resourceId)) {
            throw new ConflictException("error.request.decided");
        }
        return decided(o, "approved", null);
    }

    @Transactional
    public ResourceOfferView reject(String id, Decision decision) {
        ResourceOfferView o = answerable(id);
        String reason = RegistrationService.reason(decision);
        if (!repository.decide(Long.parseLong(id), "REJECTED", RegistrationService.who(), reason, null)) {
            throw new ConflictException("error.request.decided");
        }
        return decided(o, "rejected", reason);
    }

    private ResourceOfferView answerable(String id) {
        ResourceOfferView o = get(id);
        if (!mayAnswer(Long.parseLong(id))) {
            throw new ForbiddenException();
        }
        if (!"PENDING".equals(o.status())) {
            throw new ConflictException("error.request.decided");
        }
        return o;
    }

    private ResourceOfferView decided(ResourceOfferView before, String outcome, String reason) {
        ResourceOfferView after = repository.find(Long.parseLong(before.id())).orElseThrow();
        events.publishEvent(ItemChanged.updated("RESOURCE_OFFER", before.id(), before, after)
                .onBehalfOf(Long.valueOf(before.actorId())));
        mail.send(
                repository.askerId(Long.parseLong(before.id())),
                "request.mail." + outcome + ".subject",
                "offer.mail." + outcome,
                before.name(),
                reason == null ? "" : reason);
        return after;
    }
}
