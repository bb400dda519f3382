package fi.turvaverkko.network;

import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The cooperation groups and their memberships as other modules read them. */
@Service
public class Groups {

    private final GroupService groups;

    Groups(GroupService groups) {
        this.groups = groups;
    }

    public PageResult<GroupView> list(GroupFilter filter, PageParams paging) {
        return groups.list(filter, paging);
    }

    public Optional<GroupView> find(Long id) {
        return groups.find(id);
    }

    /** The group, or 404. */
    public GroupView get(String id) {
        return groups.get(id);
    }

    /** The names in the current language of the groups among these ids, by id: one query for them all. */
    public Map<String, String> names(Collection<String> ids) {
        return groups.names(ids);
    }

    /** Is the actor a member of the group (a term not yet over)? */
    public boolean isMember(String groupId, long actorId) {
        return groups.isMember(groupId, actorId);
    }

    /** The groups one of these actors chairs today: one query for them all. */
    public List<Long> chairedBy(Collection<Long> actorIds) {
        return groups.chairedBy(actorIds);
    }

    /**
     * Makes an actor a member (MEMBER or EXPERT) from today, without a rights check: the caller has
     * decided who may let it in (an approved join request). Answers the membership's id.
     */
    public String admit(String groupId, String actorId, String role) {
        return groups.admit(groupId, actorId, role).id();
    }
}
