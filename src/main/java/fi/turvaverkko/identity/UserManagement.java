package fi.turvaverkko.identity;

import fi.turvaverkko.identity.domain.UserStatus;
import fi.turvaverkko.identity.domain.Users;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The identity module's API for other modules: who the users are (to mail them, to name them), the
 * users self-registration creates and the decisions on them, demo users, and forgetting a deleted
 * actor. The admin's own use cases (create and change a user with its commands) stay inside the
 * module.
 */
@Service
public class UserManagement {

    private final Users users;

    UserManagement(Users users) {
        this.users = users;
    }

    /** A page of users, filtered by a text in their name, username or e-mail, role, status or actor. */
    public PageResult<UserView> list(String text, String role, String status, Long actorId, PageParams paging) {
        return users.list(text, role, status, actorId, paging);
    }

    /** The user of that id; empty for an unknown id. */
    public Optional<UserView> find(String id) {
        return users.find(id);
    }

    /** The active users who act for an actor, e.g. to mail them. */
    public List<UserView> usersOfActor(long actorId) {
        return users.usersOfActors(List.of(actorId)).getOrDefault(actorId, List.of());
    }

    /**
     * The active users of each of the actors, in one query (an actor without users is left out): use
     * this rather than {@link #usersOfActor} in a loop.
     */
    public Map<Long, List<UserView>> usersOfActors(Collection<Long> actorIds) {
        return users.usersOfActors(actorIds);
    }

    /** The usernames of these users, by id, for showing who did something: one query for them all. */
    public Map<Long, String> usernames(Collection<Long> ids) {
        return users.usernames(ids);
    }

    public boolean usernameTaken(String username) {
        return users.usernameTaken(username);
    }

    /** Registers a user who may not log in until approved (self-registration). */
    public UserView registerPending(
            String username, String displayName, String email, String password, List<Long> actorIds) {
        return users.registerPending(username, displayName, email, password, actorIds);
    }

    /**
     * Sets a user's status (ACTIVE, PENDING, REJECTED or DISABLED) and ends their sessions.
     *
     * @throws InvalidInputException for another status
     */
    public void setStatus(String id, String status) {
        users.setStatus(
                id,
                UserStatus.parse(status)
                        .orElseThrow(() -> new InvalidInputException("status", "error.status.unknown", status)));
    }

    /** Creates a demo user when it does not exist yet (demo data only). */
    public void ensureDemoUser(
            String username, String displayName, String email, List<Role> roles, List<Long> actorIds, String password) {
        users.ensureDemoUser(username, displayName, email, roles, actorIds, password);
    }

    /** Removes an actor from every user (the actor was deleted). */
    public void forgetActor(long actorId) {
        users.forgetActor(actorId);
    }
}
