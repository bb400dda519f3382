package fi.turvaverkko.registration;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorService;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaService;
import fi.turvaverkko.network.GroupService;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.registration.domain.JoinRequestRepository;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who asks and who answers: the user acts for the asking organisation; the coordinator of its region
 * (or, for a group, the group's chair) answers.
 */
@Component
class RequestRights {

    private final ActorService actors;
    private final AreaService areas;
    private final GroupService groups;
    private final NetworkAccess access;

    RequestRights(ActorService actors, AreaService areas, GroupService groups, NetworkAccess access) {
        this.actors = actors;
        this.areas = areas;
        this.groups = groups;
        this.access = access;
    }

    CurrentUser user() {
        return CurrentUser.get();
    }

    /**
     * The organisation a request is made for: the one named, which the user must act for, or the
     * user's only one. It must be active.
     */
    ActorView asker(String actorId) {
        CurrentUser u = user();
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

    /** The region of an actor's home area (the region itself for a region). */
    Long regionOfActor(ActorView actor) {
        return regionOfArea(Long.valueOf(actor.homeAreaId()));
    }

    Long regionOfArea(Long areaId) {
        return areas.find(areaId)
                .map(a -> a.isRegion() ? Long.valueOf(a.id()) : areas.regionOf(areaId))
                .orElse(null);
    }

    boolean coordinates(String regionId) {
        return regionId != null && user().isCoordinatorOf(Long.valueOf(regionId));
    }

    boolean canAnswer(GroupView g) {
        return access.canEditMemberships(g);
    }

    /** The groups the user chairs (through any of their organisations). */
    List<Long> chairedGroups() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Long actor : user().actorIds()) {
            groups.list(
                            new GroupService.Filter(null, null, null, null, String.valueOf(actor)),
                            PageParams.first(PageParams.MAX_SIZE))
                    .content()
                    .forEach(g -> ids.add(Long.valueOf(g.id())));
        }
        List<Long> chaired = new ArrayList<>();
        for (Long g : ids) {
            if (access.isGroupChair(g)) {
                chaired.add(g);
            }
        }
        return chaired;
    }

    /** What the user may read of join requests. */
    JoinRequestRepository.Scope joinScope() {
        CurrentUser u = user();
        return new JoinRequestRepository.Scope(u.actorIds(), u.coordinatorRegionIds(), chairedGroups());
    }

    /** What the user may answer of join requests. */
    JoinRequestRepository.Scope answerScope() {
        CurrentUser u = user();
        return new JoinRequestRepository.Scope(List.of(), u.coordinatorRegionIds(), chairedGroups());
    }

    JoinRequestRepository.Scope ownScope() {
        return new JoinRequestRepository.Scope(user().actorIds(), List.of(), List.of());
    }
}
