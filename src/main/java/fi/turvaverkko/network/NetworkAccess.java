package fi.turvaverkko.network;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.domain.AreaDirectory;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights of docs/rights.md that follow from the network: who coordinates which region, who acts
 * for an actor, who is a member or the chair of a group. Other modules ask here too.
 */
@Component
public class NetworkAccess {

    private static final String ACTIVE_MEMBERSHIP = """
            SELECT EXISTS (SELECT 1 FROM network.membership m
             WHERE m.group_id = :group AND m.actor_id = ANY(:actors) %s
               AND (m.term_start IS NULL OR m.term_start <= current_date)
               AND (m.term_end IS NULL OR m.term_end >= current_date))""";

    private final AreaDirectory areas;
    private final JdbcClient jdbc;

    NetworkAccess(AreaDirectory areas, JdbcClient jdbc) {
        this.areas = areas;
        this.jdbc = jdbc;
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
        return region == null ? u.isCoordinator() : u.isCoordinatorOf(region);
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
        return coordinatesArea(Long.valueOf(g.areaId()))
                || user().actsFor(Long.valueOf(g.ownerActorId()))
                || isGroupChair(Long.parseLong(g.id()));
    }

    /**
     * Group members, the users of its owner (who keep the minutes of the owner's own bodies) and the
     * coordinator edit the group's meetings and see their drafts.
     */
    public boolean canEditMeetings(GroupView g) {
        return coordinatesArea(Long.valueOf(g.areaId()))
                || user().actsFor(Long.valueOf(g.ownerActorId()))
                || isGroupMember(Long.parseLong(g.id()));
    }

    public boolean isGroupMember(long groupId) {
        return membership(groupId, "");
    }

    public boolean isGroupChair(long groupId) {
        return membership(groupId, "AND m.role = 'CHAIR'");
    }

    /**
     * Does the user act for a member of a group of this kind in this area? For example: a member of
     * a municipality's wellbeing and safety working group.
     */
    public boolean isMemberOfGroupKind(String kind, Long areaId) {
        Set<Long> actors = user().actorIds();
        if (actors.isEmpty() || areaId == null) {
            return false;
        }
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM network.membership m
                          JOIN network.cooperation_group g ON g.id = m.group_id
                         WHERE g.kind = :kind AND g.area_id = :area AND m.actor_id = ANY(:actors)
                           AND (m.term_end IS NULL OR m.term_end >= current_date))""")
                .param("kind", kind)
                .param("area", areaId)
                .param("actors", actors.toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }

    private boolean membership(long groupId, String extra) {
        Set<Long> actors = user().actorIds();
        if (actors.isEmpty()) {
            return false;
        }
        return jdbc.sql(ACTIVE_MEMBERSHIP.formatted(extra))
                .param("group", groupId)
                .param("actors", actors.toArray(Long[]::new))
                .query(Boolean.class)
                .single();
    }
}
