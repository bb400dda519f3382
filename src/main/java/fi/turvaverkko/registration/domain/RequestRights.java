package fi.turvaverkko.registration.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.registration.domain.RequestRepository.Scope;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who asks and who answers: the user acts for the asking organisation; the coordinator of its region
 * (or, for a group, the coordinator of the group's region, the group's owner or its chair) answers.
 */
@Component
class RequestRights {

    private final Actors actors;
    private final Areas areas;
    private final Groups groups;
    private final NetworkAccess access;

    RequestRights(Actors actors, Areas areas, Groups groups, NetworkAccess access) {
        this.actors = actors;
        this.areas = areas;
        this.groups = groups;
        this.access = access;
    }

    /**
     * The organisation a request is made for: the one named, which the user must act for, or the
     * user's only one. It must be active.
     */
    ActorView asker(String actorId) {
        CurrentUser u = CurrentUser.get();
        Long id;
        if (actorId == null || actorId.isBlank()) {
            if (u.actorIds().size() != 1) {
                throw new InvalidInputException("actorId", "validation.required");
            }
            id = u.actorIds().iterator().next();
        } else {
            try {
                id = Ids.parse(actorId);
            } catch (RuntimeException e) {
                throw new InvalidInputException("actorId", "error.actor.unknown", actorId);
            }
        }
        if (!u.actsFor(id)) {
            throw new ForbiddenException();
        }
        ActorView actor =
                actors.find(id).orElseThrow(() -> new InvalidInputException("actorId", "error.actor.unknown", actorId));
        if (!"ACTIVE".equals(actor.status())) {
            throw new ForbiddenException();
        }
        return actor;
    }

    /** The region of an area (the region itself for a region), where its requests are answered. */
    Long regionOfArea(Long areaId) {
        return areas.regionOf(areaId);
    }

    Long regionOfActor(ActorView actor) {
        return regionOfArea(Long.valueOf(actor.homeAreaId()));
    }

    /** The coordinator of the request's region answers it. */
    boolean coordinates(Request r) {
        return r.regionId() != null && CurrentUser.get().isCoordinatorOf(r.regionId());
    }

    /** Those who keep a group's memberships answer the requests to join it. */
    boolean answersFor(GroupView g) {
        return access.canEditMemberships(g);
    }

    /** What the user may read of requests of a kind: their organisations', their regions', their groups'. */
    Scope readScope(RequestKind kind) {
        CurrentUser u = CurrentUser.get();
        return new Scope(u.actorIds(), u.coordinatorRegionIds(), chairedGroups(kind));
    }

    /** What the user may answer. */
    Scope answerScope(RequestKind kind) {
        return new Scope(List.of(), CurrentUser.get().coordinatorRegionIds(), chairedGroups(kind));
    }

    /** The requests of the user's own organisations. */
    Scope ownScope() {
        return new Scope(CurrentUser.get().actorIds(), List.of(), List.of());
    }

    private List<Long> chairedGroups(RequestKind kind) {
        return kind.answeredInGroups() ? groups.chairedBy(CurrentUser.get().actorIds()) : List.of();
    }
}
