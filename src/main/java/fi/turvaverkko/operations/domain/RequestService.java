package fi.turvaverkko.operations.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.CommitmentView;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.RequestView;
import fi.turvaverkko.platform.LocalizedText;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.resources.NearestResource;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceTypeService;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.Changes;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.LocalizedName;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource requests, offers and commitments: request → offer → commitment → deployed → released. A
 * request can be answered by several owners; the owners asked are told by mail. Units are taken from
 * the resource in the same transaction as the commitment, so the last unit is committed only once.
 */
@Service
public class RequestService {

    private final RequestRepository repository;
    private final DisruptionService disruptions;
    private final OperationsAccess access;
    private final ResourceService resources;
    private final ResourceTypeService types;
    private final Areas areas;
    private final Actors actors;
    private final UserManagement users;
    private final Mailer mailer;
    private final Messages messages;
    private final LiveEvents live;
    private final ApplicationEventPublisher events;
    private final PlatformProperties platform;

    RequestService(
            RequestRepository repository,
            DisruptionService disruptions,
            OperationsAccess access,
            ResourceService resources,
            ResourceTypeService types,
            Areas areas,
            Actors actors,
            UserManagement users,
            Mailer mailer,
            Messages messages,
            LiveEvents live,
            ApplicationEventPublisher events,
            PlatformProperties platform) {
        this.repository = repository;
        this.disruptions = disruptions;
        this.access = access;
        this.resources = resources;
        this.types = types;
        this.areas = areas;
        this.actors = actors;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
        this.live = live;
        this.events = events;
        this.platform = platform;
    }

    /** A request as given; {@code askedActorIds} empty asks the owners of the nearest available resources. */
    public record RequestCommand(
            String typeCode,
            Integer quantity,
            OffsetDateTime neededBy,
            String areaCode,
            Double lat,
            Double lon,
            String description,
            List<String> askedActorIds) {}

    /** An offer as given by a resource's owner. */
    public record OfferCommand(String resourceId, Integer quantity, OffsetDateTime eta, String note) {}

    /** A commitment of an offer's units, all that are left when {@code quantity} is empty. */
    public record CommitCommand(Integer quantity, OffsetDateTime eta) {}

    public PageResult<RequestView> list(String disruptionId, String status, PageParams paging) {
        DisruptionView d = disruptions.get(disruptionId);
        long id = Long.parseLong(d.id());
        String s = status == null || status.isBlank() ? null : status;
        List<RequestView> content = repository.requestsOf(id, s, paging.size(), paging.offset());
        return PageResult.of(content, paging, repository.countRequests(id, s));
    }

    public RequestView get(String id) {
        DisruptionService.requireLogin();
        return repository.request(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public DisruptionView disruptionOf(RequestView r) {
        return disruptions.get(r.disruptionId());
    }

    public boolean canRequest(DisruptionView d) {
        return disruptions.canLog(d);
    }

    @Transactional
    public RequestView request(String disruptionId, RequestCommand c) {
        DisruptionView d = disruptions.get(disruptionId);
        if (!access.canLog(d)) {
            throw new ForbiddenException();
        }
        DisruptionStatus.requireNotClosed(d.status());
        List<Problem> problems = new ArrayList<>();
        ResourceTypeView type = null;
        if (c.typeCode() == null || c.typeCode().isBlank()) {
            problems.add(Problem.field("typeCode", "validation.required"));
        } else {
            type = types.findByCode(c.typeCode())
                    .filter(t -> Boolean.TRUE.equals(t.active()))
                    .orElse(null);
            if (type == null) {
                problems.add(Problem.field("typeCode", "error.resource.unknownType", c.typeCode()));
            }
        }
        if (c.quantity() == null) {
            problems.add(Problem.field("quantity", "validation.required"));
        } else if (c.quantity() < 1 || c.quantity() > 100000) {
            problems.add(Problem.field("quantity", "error.request.quantity"));
        }
        if (c.description() != null && c.description().length() > 2000) {
            problems.add(Problem.field("description", "validation.size", 2000, 0));
        }
        DisruptionService.checkPoint(problems, c.lat(), c.lon());
        AreaView area = null;
        if (c.areaCode() != null && !c.areaCode().isBlank()) {
            area = areas.findByCode(c.areaCode()).orElse(null);
            if (area == null) {
                problems.add(Problem.field("areaCode", "error.area.unknownCode", c.areaCode()));
            }
        } else if (!d.areaCodes().isEmpty()) {
            area = areas.findByCode(d.areaCodes().get(0)).orElse(null);
        }
        List<Long> asked = new ArrayList<>();
        for (String a : c.askedActorIds() == null ? List.<String>of() : c.askedActorIds()) {
            ActorView actor = null;
            try {
                actor = actors.find(Ids.parse(a)).orElse(null);
            } catch (NotFoundException e) {
                actor = null;
            }
            if (actor == null) {
                problems.add(Problem.field("askedActorIds", "error.actor.unknown", a));
            } else {
                asked.add(Long.valueOf(actor.id()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Double lat = c.lat() != null ? c.lat() : area == null ? null : area.lat();
        Double lon = c.lon() != null ? c.lon() : area == null ? null : area.lon();
        if (asked.isEmpty() && lat != null) {
            asked.addAll(nearestOwners(type.code(), lat, lon));
        }
        Long requester = disruptions.leadOrOwnActor(d);
        CurrentUser u = CurrentUser.get();
        long id = repository.insertRequest(
                new RequestRepository.RequestRow(
                        Long.parseLong(d.id()),
                        Long.parseLong(type.id()),
                        c.quantity(),
                        c.neededBy(),
                        area == null ? null : Long.valueOf(area.id()),
                        lat,
                        lon,
                        DisruptionService.blank(c.description()),
                        requester == null ? Long.parseLong(d.leadActorId()) : requester,
                        u.displayName()),
                asked);
        RequestView created = repository.request(id).orElseThrow();
        LocalizedText requested = LocalizedText.of("request.summary", c.quantity(), name(type));
        disruptions.systemLog(
                d.id(),
                "REQUEST",
                created.description() == null
                        ? requested
                        : LocalizedText.of("request.log.described", requested, created.description()),
                requester,
                lat,
                lon);
        live.publish(d.id(), "request", created.id(), requested);
        events.publishEvent(ItemChanged.created("RESOURCE_REQUEST", id, created));
        notifyOwners(d, created, type, asked);
        return created;
    }

    /** The owners of the ten nearest available resources of the type: the ones worth asking first. */
    private List<Long> nearestOwners(String typeCode, double lat, double lon) {
        Set<Long> owners = new LinkedHashSet<>();
        try {
            for (NearestResource n : resources.nearest(
                    new ResourceService.NearestQuery(typeCode, null, null, null, 1, lat, lon, null, 300.0, 20))) {
                owners.add(Long.valueOf(n.resource().ownerActorId()));
                if (owners.size() >= 10) {
                    break;
                }
            }
        } catch (DomainException e) {
            // a point outside the search area simply asks nobody in particular
        }
        return new ArrayList<>(owners);
    }

    /** A resource type's name in every language, for texts read later in the reader's language. */
    static LocalizedName name(ResourceTypeView type) {
        return LocalizedName.of(type.name(), type.nameSv(), type.nameEn());
    }

    private Object typeName(String code) {
        return types.findByCode(code).<Object>map(RequestService::name).orElse(code);
    }

    private void notifyOwners(DisruptionView d, RequestView r, ResourceTypeView type, List<Long> owners) {
        for (Long owner : owners) {
            for (UserView user : users.usersOfActor(owner)) {
                if (user.email() == null) {
                    continue;
                }
                Locale locale = Messages.supported(user.preferredLanguage()) == null
                        ? Messages.FINNISH
                        : Messages.supported(user.preferredLanguage());
                mailer.send(
                        user.email(),
                        messages.get(
                                locale,
                                "request.mail.subject",
                                r.quantity(),
                                type.name(locale.getLanguage()),
                                d.title()),
                        messages.get(
                                locale,
                                "request.mail.body",
                                d.title(),
                                r.quantity(),
                                type.name(locale.getLanguage()),
                                r.description() == null ? "" : r.description(),
                                platform.publicUrl() + "/disruptions/" + d.id() + "#request-" + r.id()));
            }
        }
    }

    @Transactional
    public RequestView cancel(String requestId) {
        RequestView r = get(requestId);
        DisruptionView d = disruptionOf(r);
        if (!access.isInCharge(d)) {
            throw new ForbiddenException();
        }
        String status = repository.lockRequest(Long.parseLong(r.id())).orElseThrow(NotFoundException::new);
        RequestStatus cancelled = RequestStatus.of(status).cancel();
        repository.setRequestStatus(Long.parseLong(r.id()), cancelled.name());
        live.publish(d.id(), "request", r.id(), (String) null);
        events.publishEvent(ItemChanged.action("RESOURCE_REQUEST", r.id(), "CANCEL", Map.of()));
        return get(requestId);
    }

    // offers

    public List<OfferView> offers(String requestId) {
        RequestView r = get(requestId);
        return repository.offersOf(Long.parseLong(r.id()));
    }

    public OfferView offer(String id) {
        DisruptionService.requireLogin();
        return repository.offer(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** Any actor offers its own resources to an open request. */
    @Transactional
    public OfferView offer(String requestId, OfferCommand c) {
        RequestView r = get(requestId);
        DisruptionView d = disruptionOf(r);
        DisruptionStatus.requireNotClosed(d.status());
        List<Problem> problems = new ArrayList<>();
        if (c.resourceId() == null || c.resourceId().isBlank()) {
            problems.add(Problem.field("resourceId", "validation.required"));
        }
        if (c.quantity() == null) {
            problems.add(Problem.field("quantity", "validation.required"));
        } else if (c.quantity() < 1) {
            problems.add(Problem.field("quantity", "error.request.quantity"));
        }
        if (c.note() != null && c.note().length() > 1000) {
            problems.add(Problem.field("note", "validation.size", 1000, 0));
        }
        InvalidInputException.throwIfAny(problems);
        Long owner = resources.ownerActorId(c.resourceId()).orElse(null);
        if (owner == null || !access.actsFor(owner)) {
            // only an owner's users may offer it; others cannot tell it from a resource that does not exist
            if (owner != null && resources.find(c.resourceId()).isPresent()) {
                throw new ForbiddenException();
            }
            throw new InvalidInputException("resourceId", "error.offer.unknownResource");
        }
        ResourceView resource = resources.find(c.resourceId()).orElseThrow(NotFoundException::new);
        ResourceTypeView requested = types.findByCode(r.typeCode()).orElseThrow();
        ResourceTypeView offered = types.findByCode(resource.typeCode()).orElseThrow();
        if (!requested.code().equals(offered.code()) && !requested.function().equals(offered.function())) {
            throw new InvalidInputException("resourceId", "error.offer.wrongType");
        }
        String status = repository.lockRequest(Long.parseLong(r.id())).orElseThrow(NotFoundException::new);
        RequestStatus.of(status).requireOpen();
        if (c.quantity() > resource.available()) {
            throw new DomainException(
                    409,
                    "error.offer.beyondResource",
                    List.of(Problem.field("quantity", "error.offer.beyondResource", resource.available())),
                    resource.available());
        }
        long id = repository.insertOffer(
                Long.parseLong(r.id()),
                Long.parseLong(resource.id()),
                owner,
                c.quantity(),
                c.eta(),
                DisruptionService.blank(c.note()),
                CurrentUser.get().displayName());
        OfferView created = repository.offer(id).orElseThrow();
        String ownerName = actors.find(owner).map(ActorView::name).orElse("");
        // the live picture goes to everyone following the disruption: a restricted resource by its type
        Object shown = "RESTRICTED".equals(resource.confidentiality()) ? name(offered) : resource.name();
        live.publish(
                d.id(), "offer", created.id(), LocalizedText.of("offer.logSummary", c.quantity(), shown, ownerName));
        events.publishEvent(ItemChanged.created("RESOURCE_OFFER", id, created).onBehalfOf(owner));
        return created;
    }

    @Transactional
    public OfferView withdraw(String offerId) {
        OfferView o = offer(offerId);
        if (!access.actsFor(Long.valueOf(o.actorId()))) {
            throw new ForbiddenException();
        }
        OfferStatus withdrawn = OfferStatus.of(o.status()).withdraw(o.committed());
        repository.setOfferStatus(Long.parseLong(o.id()), withdrawn.name());
        RequestView r = get(o.requestId());
        live.publish(r.disruptionId(), "offer", o.id(), (String) null);
        events.publishEvent(ItemChanged.action("RESOURCE_OFFER", o.id(), "WITHDRAW", Map.of()));
        return offer(offerId);
    }

    // commitments

    public boolean canCommit(DisruptionView d, RequestView r) {
        return access.isInCharge(d) || access.actsFor(Long.valueOf(r.requestedByActorId()));
    }

    /** {@link #canCommit} for every request of a page, by request id: who is in charge is read once. */
    public Map<String, Boolean> canCommit(DisruptionView d, List<RequestView> requests) {
        boolean inCharge = access.isInCharge(d);
        Map<String, Boolean> out = new java.util.HashMap<>();
        for (RequestView r : requests) {
            out.put(r.id(), inCharge || access.actsFor(Long.valueOf(r.requestedByActorId())));
        }
        return out;
    }

    /**
     * Commits units of an offer: refused (409, nothing written) beyond what the offer holds or the
     * resource has free, also when someone else committed the last unit a moment before.
     */
    @Transactional
    public CommitmentView commit(String offerId, CommitCommand c) {
        OfferView o = offer(offerId);
        RequestView r = get(o.requestId());
        DisruptionView d = disruptionOf(r);
        if (!canCommit(d, r)) {
            throw new ForbiddenException();
        }
        DisruptionStatus.requireNotClosed(d.status());
        OfferView locked = repository.lockOffer(Long.parseLong(o.id())).orElseThrow(NotFoundException::new);
        OfferStatus offerStatus = OfferStatus.of(locked.status()).requireOpen();
        int left = locked.quantity() - locked.committed();
        int quantity = c == null || c.quantity() == null ? left : c.quantity();
        if (quantity < 1) {
            throw new InvalidInputException("quantity", "error.request.quantity");
        }
        if (quantity > left) {
            throw new DomainException(
                    409,
                    "error.commitment.beyondOffer",
                    List.of(Problem.field("quantity", "error.commitment.beyondOffer", left)),
                    left);
        }
        resources.reserve(locked.resourceId(), quantity);
        CurrentUser u = CurrentUser.get();
        long id = repository.insertCommitment(
                locked, quantity, c == null || c.eta() == null ? locked.eta() : c.eta(), u.displayName());
        OfferStatus offerAfter = offerStatus.afterCommitment(quantity, left);
        if (offerAfter != offerStatus) {
            repository.setOfferStatus(Long.parseLong(locked.id()), offerAfter.name());
        }
        repository.lockRequest(Long.parseLong(r.id()));
        RequestView after = get(r.id());
        RequestStatus requestStatus = RequestStatus.of(after.status());
        RequestStatus requestAfter = requestStatus.afterCommitment(after.committed(), after.quantity());
        if (requestAfter != requestStatus) {
            repository.setRequestStatus(Long.parseLong(r.id()), requestAfter.name());
        }
        CommitmentView created = repository.commitment(id).orElseThrow();
        LocalizedText committed = LocalizedText.of(
                "commitment.summary", quantity, typeName(r.typeCode()), repository.ownerName(locked.id()));
        disruptions.systemLog(d.id(), "DECISION", committed, disruptions.leadOrOwnActor(d), null, null);
        live.publish(d.id(), "commitment", created.id(), committed);
        events.publishEvent(ItemChanged.created("RESOURCE_COMMITMENT", id, created));
        return created;
    }

    public CommitmentView commitment(String id) {
        DisruptionService.requireLogin();
        return repository.commitment(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public boolean canMove(CommitmentView c) {
        RequestView r = get(c.requestId());
        DisruptionView d = disruptionOf(r);
        Long owner = resources.ownerActorId(c.resourceId()).orElse(null);
        return access.isInCharge(d) || access.actsFor(owner) || access.actsFor(Long.valueOf(r.requestedByActorId()));
    }

    @Transactional
    public CommitmentView deploy(String commitmentId) {
        return move(commitmentId, CommitmentStatus::deploy);
    }

    @Transactional
    public CommitmentView release(String commitmentId) {
        CommitmentView c = commitment(commitmentId);
        CommitmentView moved = move(commitmentId, CommitmentStatus::release);
        resources.reserve(c.resourceId(), -c.quantity());
        return moved;
    }

    private CommitmentView move(String commitmentId, UnaryOperator<CommitmentStatus> transition) {
        CommitmentView c = commitment(commitmentId);
        if (!canMove(c)) {
            throw new ForbiddenException();
        }
        String from = c.status();
        String to = transition.apply(CommitmentStatus.of(from)).name();
        // refused too when someone else moved it a moment before
        if (!repository.moveCommitment(Long.parseLong(c.id()), from, to)) {
            throw CommitmentStatus.refused(from, to);
        }
        RequestView r = get(c.requestId());
        CommitmentView after = commitment(commitmentId);
        LocalizedText moved = LocalizedText.of(
                "commitment.moved." + to, c.quantity(), typeName(r.typeCode()), repository.ownerName(c.offerId()));
        disruptions.systemLog(r.disruptionId(), "OBSERVATION", moved, null, null, null);
        live.publish(r.disruptionId(), "commitment", c.id(), moved);
        events.publishEvent(
                ItemChanged.action("RESOURCE_COMMITMENT", c.id(), to, Map.of("status", Changes.change(from, to))));
        return after;
    }

    // EDXL-RM

    public Map<String, Object> requestMessage(String id) {
        RequestView r = get(id);
        return Edxl.requestResource(
                r, disruptionOf(r), types.findByCode(r.typeCode()).orElse(null), actorName(r.requestedByActorId()));
    }

    public Map<String, Object> offerMessage(String id) {
        OfferView o = offer(id);
        RequestView r = get(o.requestId());
        return Edxl.responseToRequest(
                o, r, disruptionOf(r), resources.find(o.resourceId()).orElse(null), actorName(o.actorId()));
    }

    public Map<String, Object> commitmentMessage(String id) {
        CommitmentView c = commitment(id);
        RequestView r = get(c.requestId());
        OfferView o = offer(c.offerId());
        return Edxl.commitResource(
                c, r, disruptionOf(r), resources.find(c.resourceId()).orElse(null), actorName(o.actorId()));
    }

    private String actorName(String id) {
        return id == null
                ? null
                : actors.find(Long.valueOf(id)).map(ActorView::name).orElse(null);
    }
}
