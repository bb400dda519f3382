package fi.turvaverkko.identity.domain;

import fi.turvaverkko.identity.ActorDirectory;
import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of users: an admin creates and changes them ({@link CreateUser}, {@link
 * UpdateUser}), people register themselves and change their own password, the coordinator's
 * decision sets a status. Every change is audited, and a change of rights ends the user's sessions
 * so that it applies at once. Other modules reach this through {@code identity.UserManagement}.
 */
@Service
public class Users {

    public static final int MIN_PASSWORD = 10;

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ObjectProvider<ActorDirectory> actors;
    private final ApplicationEventPublisher events;
    private final SessionRegistry sessions;
    private final ApiTokens tokens;
    private final ThrottledAuthenticationProvider logins;

    Users(
            UserRepository users,
            PasswordEncoder encoder,
            ObjectProvider<ActorDirectory> actors,
            ApplicationEventPublisher events,
            SessionRegistry sessions,
            ApiTokens tokens,
            ThrottledAuthenticationProvider logins) {
        this.users = users;
        this.encoder = encoder;
        this.actors = actors;
        this.events = events;
        this.sessions = sessions;
        this.tokens = tokens;
        this.logins = logins;
    }

    public PageResult<UserView> list(String text, String role, String status, Long actorId, PageParams paging) {
        return users.list(text, role, status, actorId, paging);
    }

    /** The user of that id; empty for an unknown or malformed id. */
    public Optional<UserView> find(String id) {
        return users.find(Ids.parse(id));
    }

    /** The active users of each of the actors, in one query; an actor without users is left out. */
    public Map<Long, List<UserView>> usersOfActors(Collection<Long> actorIds) {
        return actorIds.isEmpty() ? Map.of() : users.usersOfActors(actorIds);
    }

    /** The usernames of these users, by id: one query for them all. */
    public Map<Long, String> usernames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.usernames(ids);
    }

    public boolean usernameTaken(String username) {
        return users.usernameTaken(username);
    }

    @Transactional
    public UserView create(CreateUser cmd) {
        List<Problem> problems = check(cmd.roles(), cmd.status(), cmd.actorIds());
        if (cmd.password() == null || cmd.password().length() < MIN_PASSWORD) {
            problems.add(Problem.field("password", "error.password.short", MIN_PASSWORD));
        }
        if (users.usernameTaken(cmd.username())) {
            problems.add(Problem.field("username", "error.username.taken"));
        }
        InvalidInputException.throwIfAny(problems);
        long id = users.insert(
                cmd.username(),
                cmd.displayName().trim(),
                blankToNull(cmd.email()),
                encoder.encode(cmd.password()),
                roles(cmd.roles()),
                cmd.status() == null ? UserStatus.ACTIVE.name() : cmd.status(),
                actorIds(cmd.actorIds()));
        UserView created = users.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("USER", id, created));
        return created;
    }

    @Transactional
    public UserView update(String id, UpdateUser cmd) {
        UserView before = find(id).orElseThrow(NotFoundException::new);
        List<Problem> problems = check(cmd.roles(), cmd.status(), cmd.actorIds());
        boolean newPassword = cmd.password() != null && !cmd.password().isEmpty();
        if (newPassword && cmd.password().length() < MIN_PASSWORD) {
            problems.add(Problem.field("password", "error.password.short", MIN_PASSWORD));
        }
        InvalidInputException.throwIfAny(problems);
        long key = Long.parseLong(before.id());
        if (cmd.version() == null
                || !users.update(
                        key,
                        cmd.version(),
                        cmd.displayName().trim(),
                        blankToNull(cmd.email()),
                        roles(cmd.roles()),
                        cmd.status() == null ? before.status() : cmd.status(),
                        actorIds(cmd.actorIds()))) {
            throw new StaleVersionException(before);
        }
        if (newPassword) {
            users.setPassword(key, encoder.encode(cmd.password()));
        }
        UserView after = users.find(key).orElseThrow();
        events.publishEvent(ItemChanged.updated("USER", key, before, after));
        signOut(after.username());
        return after;
    }

    /** Changes the current user's own password after checking the old one. */
    @Transactional
    public void changeOwnPassword(String current, String next) {
        CurrentUser me = CurrentUser.get();
        var creds = users.credentials(me.username()).orElseThrow(NotFoundException::new);
        if (current == null || !encoder.matches(current, creds.passwordHash())) {
            throw new InvalidInputException("currentPassword", "error.password.wrong");
        }
        if (next == null || next.length() < MIN_PASSWORD) {
            throw new InvalidInputException("newPassword", "error.password.short", MIN_PASSWORD);
        }
        users.setPassword(me.id(), encoder.encode(next));
        logins.forget(me.username());
        events.publishEvent(ItemChanged.action("USER", me.id(), "CHANGE_PASSWORD", Map.of()));
    }

    /**
     * Creates a demo user when it does not exist yet; the password is the configured demo password
     * (documented as demo-only), so no policy applies.
     */
    @Transactional
    public void ensureDemoUser(
            String username, String displayName, String email, List<Role> roles, List<Long> actorIds, String password) {
        if (users.usernameTaken(username)) {
            return;
        }
        long id = users.insert(
                username,
                displayName,
                email,
                encoder.encode(password),
                roles.stream().map(Role::name).toList(),
                UserStatus.ACTIVE.name(),
                actorIds);
        events.publishEvent(ItemChanged.created("USER", id, users.find(id).orElseThrow()));
    }

    /** Registers a user who may not log in until approved (self-registration). */
    @Transactional
    public UserView registerPending(
            String username, String displayName, String email, String password, List<Long> actorIds) {
        if (users.usernameTaken(username)) {
            throw new ConflictException("error.username.taken");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "error.password.short", MIN_PASSWORD);
        }
        long id = users.insert(
                username,
                displayName,
                email,
                encoder.encode(password),
                List.of(Role.MEMBER.name()),
                UserStatus.PENDING.name(),
                actorIds);
        UserView created = users.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("USER", id, created));
        return created;
    }

    @Transactional
    public void setStatus(String id, UserStatus status) {
        UserView before = find(id).orElseThrow(NotFoundException::new);
        long key = Long.parseLong(before.id());
        users.setStatus(key, status.name());
        events.publishEvent(
                ItemChanged.updated("USER", key, before, users.find(key).orElseThrow()));
        signOut(before.username());
    }

    /** Removes an actor from every user (the actor was deleted). */
    @Transactional
    public void forgetActor(long actorId) {
        users.removeActor(actorId);
    }

    /** Ends the user's sessions and remembered logins so that changed rights apply at once. */
    private void signOut(String username) {
        for (Object p : sessions.getAllPrincipals()) {
            if (p instanceof UserPrincipal up && up.getUsername().equalsIgnoreCase(username)) {
                sessions.getAllSessions(p, false).forEach(s -> s.expireNow());
            }
        }
        tokens.forget(username);
        logins.forget(username);
    }

    private List<Problem> check(List<String> roles, String status, List<String> actorIds) {
        List<Problem> problems = new ArrayList<>();
        for (String r : roles == null ? List.<String>of() : roles) {
            if (!PrincipalFactory.validRoles().contains(r)) {
                problems.add(Problem.field("roles", "error.role.unknown", r));
            }
        }
        if (status != null && UserStatus.parse(status).isEmpty()) {
            problems.add(Problem.field("status", "error.status.unknown", status));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String a : actorIds == null ? List.<String>of() : actorIds) {
            try {
                ids.add(Ids.parse(a));
            } catch (NotFoundException e) {
                problems.add(Problem.field("actorIds", "error.actor.unknown", a));
            }
        }
        ActorDirectory dir = actors.getIfAvailable();
        if (dir != null && !ids.isEmpty()) {
            var known = dir.facts(ids).keySet();
            ids.stream()
                    .filter(a -> !known.contains(a))
                    .forEach(a -> problems.add(Problem.field("actorIds", "error.actor.unknown", a)));
        }
        return problems;
    }

    private static List<String> roles(List<String> roles) {
        return roles == null || roles.isEmpty() ? List.of(Role.MEMBER.name()) : List.copyOf(new LinkedHashSet<>(roles));
    }

    private static List<Long> actorIds(List<String> actorIds) {
        return actorIds == null
                ? List.of()
                : actorIds.stream().map(Ids::parse).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
