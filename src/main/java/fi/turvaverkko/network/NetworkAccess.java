package fi.turvaverkko.network;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.domain.NetworkRights;
import org.springframework.stereotype.Component;

/**
 * The rights of docs/rights.md that follow from the network, as other modules ask them: who
 * coordinates which region, who is a member or the chair of a group.
 */
@Component
public class NetworkAccess {

    private final NetworkRights rights;

    NetworkAccess(NetworkRights rights) {
        this.rights = rights;
    }

    public CurrentUser user() {
        return rights.user();
    }

    /**
     * Is the user the coordinator of the region the area lies in? Areas above regions (the country)
     * are shared: any coordinator keeps them.
     */
    public boolean coordinatesArea(Long areaId) {
        return rights.coordinatesArea(areaId);
    }

    /** The coordinator of the group's region, the users of its owner and its chair edit its memberships. */
    public boolean canEditMemberships(GroupView g) {
        return rights.canEditMemberships(g);
    }

    /** Does the user act for a member of the group (a term going on today)? */
    public boolean isGroupMember(long groupId) {
        return rights.isGroupMember(groupId);
    }

    public boolean isGroupChair(long groupId) {
        return rights.isGroupChair(groupId);
    }

    /**
     * Does the user act for a member of a group of this kind in this area? For example: a member of
     * a municipality's wellbeing and safety working group.
     */
    public boolean isMemberOfGroupKind(String kind, Long areaId) {
        return rights.isMemberOfGroupKind(kind, areaId);
    }
}
