package fi.turvaverkko.network.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.GroupView;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rights of docs/rights.md that follow from the network: who coordinates which region, who acts
 * for an actor, who is a member or the chair of a group. Other modules ask through
 * {@link fi.turvaverkko.network.NetworkAccess}.
 */
@Component
public class NetworkRights {

    private final AreaLookup areas;
    private final GroupRepository groups;

    NetworkRights(AreaLookup areas, GroupRepository groups) {
        this.areas = areas;
        this.groups = groups;
    }

    public CurrentUser user() {
        return CurrentUser.get();
    }

    public boolean isAdmin() {
        return user().isAdmin();
    }

    /**
     * Is the user the coordinator of the region the area lies in? Areas above regions (the country)
     * and the actors homed there are shared: any coordinator keeps them.
     */
    public boolean coordinatesArea(Long areaId) {
        CurrentUser u = user();
        if (!u.isCoordinator() || areaId == null) {
            return false;
        }
        Long region = areas.regionOf(areaId);
        return region == null || u.isCoordinatorOf(region);
    }

    /** An actor's own users and the coordinator of its region edit it and its contact persons. */
    public boolean canEditActor(Long actorId, Long homeAreaId) {
        return user().actsFor(actorId) || coordinatesArea(homeAreaId);
    }

    /** The coordinator of the group's region and the users of its owner actor edit the group. */
    public boolean canEditGroup(GroupView g) {
        return coordinatesArea(Long.valueOf(g.areaId())) || user().actsFor(Long.valueOf(g.ownerActorId()));
    }

    /**
     * The coordinator, the group's chair and the users of its owner edit its memberships (a body of
     * the owner's own, such as a municipal council, has no chair among its members).
     */
    public boolean canEditMemberships(GroupView g) {
        return canEditGroup(g) || isGroupChair(Long.parseLong(g.id()));
    }

    /**
     * Group members, the users of its owner (who keep the minutes of the owner's own bodies) and the
     * coordinator edit the group's meetings and see their drafts.
     */
    public boolean canEditMeetings(GroupView g) {
        return canEditGroup(g) || isGroupMember(Long.parseLong(g.id()));
    }

    public boolean isGroupMember(long groupId) {
        Set<Long> actors = user().actorIds();
        return !actors.isEmpty() && groups.hasActiveMember(groupId, actors, false);
    }

    public boolean isGroupChair(long groupId) {
        Set<Long> actors = user().actorIds();
        return !actors.isEmpty() && groups.hasActiveMember(groupId, actors, true);
    }

    /**
     * Does the user act for a member of a group of this kind in this area? For example: a member of
     * a municipality's wellbeing and safety working group.
     */
    public boolean isMemberOfGroupKind(String kind, Long areaId) {
        Set<Long> actors = user().actorIds();
        return !actors.isEmpty() && areaId != null && groups.hasMemberInKind(kind, areaId, actors);
    }
}
