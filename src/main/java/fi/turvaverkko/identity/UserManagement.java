package fi.turvaverkko.identity;

import fi.turvaverkko.identity.domain.ApiTokens;
import fi.turvaverkko.identity.domain.PrincipalFactory;
import fi.turvaverkko.identity.domain.ThrottledAuthenticationProvider;
import fi.turvaverkko.identity.domain.UserRepository;
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

/** Users: created and changed by admins, looked up by other modules (who to mail, who acts for whom). */
@Service
public class UserManagement {

    static final int MIN_PASSWORD = 10;
    private static final Set<String> STATUSES = Set.of("ACTIVE", "PENDING", "REJECTED", "DISABLED");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final ObjectProvider<ActorDirectory> actors;
    private final ApplicationEventPublisher events;
    private final SessionRegistry sessions;
    private final ApiTokens tokens;
    private final ThrottledAuthenticationProvider logins;

    UserManagement(
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

    public Optional<UserView> find(String id) {
        return users.find(Ids.parse(id));
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(username);
    }

    /** The active users who act for an actor, e.g. to mail them. */
    public List<UserView> usersOfActor(long actorId) {
        return users.usersOfActor(actorId);
    }

    /** The usernames of these users, by id, for showing who did something: one query for them all. */
    public Map<Long, String> usernames(Collection<Long> ids) {
        return users.usernames(ids);
    }

    public boolean usernameTaken(String username) {
        return users.usernameTaken(username);
    }

    @Transactional
    public UserView create(UserCommand cmd) {
        List<Problem> problems = check(cmd);
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
                roles(cmd),
                cmd.status() == null ? "ACTIVE" : cmd.status(),
                actorIds(cmd));
        UserView created = users.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("USER", id, created));
        return created;
    }

    @Transactional
    public UserView update(String id, UserCommand cmd) {
        UserView before = find(id).orElseThrow(NotFoundException::new);
        List<Problem> problems = check(cmd);
        if (cmd.password() != null
                && !cmd.password().isEmpty()
                && cmd.password().length() < MIN_PASSWORD) {
            problems.add(Problem.field("password", "error.password.short", MIN_PASSWORD));
        }
        InvalidInputException.throwIfAny(problems);
        if (cmd.version() == null
                || !users.update(
                        Long.parseLong(id),
                        cmd.version(),
                        cmd.displayName().trim(),
                        blankToNull(cmd.email()),
                        roles(cmd),
                        cmd.status() == null ? before.status() : cmd.status(),
                        actorIds(cmd))) {
            throw new StaleVersionException(before);
        }
        if (cmd.password() != null && !cmd.password().isEmpty()) {
            users.setPassword(Long.parseLong(id), encoder.encode(cmd.password()));
        }
        UserView after = users.find(Long.parseLong(id)).orElseThrow();
        events.publishEvent(ItemChanged.updated("USER", id, before, after));
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
        events.publishEvent(ItemChanged.action("USER", me.id(), "CHANGE_PASSWORD", java.util.Map.of()));
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
                "ACTIVE",
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
                "PENDING",
                actorIds);
        UserView created = users.find(id).orElseThrow();
        events.publishEvent(ItemChanged.created("USER", id, created));
        return created;
    }

    @Transactional
    public void setStatus(String id, String status) {
        UserView before = find(id).orElseThrow(NotFoundException::new);
        users.setStatus(Long.parseLong(id), status);
        events.publishEvent(ItemChanged.updated(
                "USER", id, before, users.find(Long.parseLong(id)).orElseThrow()));
        signOut(before.username());
    }

    @Transactional
    public void setLanguage(String lang) {
        CurrentUser me = CurrentUser.get();
        if (!me.isAnonymous()) {
            users.setLanguage(me.id(), lang);
        }
    }

    /** Removes an actor from every user (the actor was deleted). */
    @Transactional
    public void forgetActor(long actorId) {
        users.removeActor(actorId);
    }

    /** Ends the user's sessions and remembered logins so that changed rights apply at once. */
    void signOut(String username) {
        for (Object p : sessions.getAllPrincipals()) {
            if (p instanceof UserPrincipal up && up.getUsername().equalsIgnoreCase(username)) {
                sessions.getAllSessions(p, false).forEach(s -> s.expireNow());
            }
        }
        tokens.forget(username);
        logins.forget(username);
    }

    private List<Problem> check(UserCommand cmd) {
        List<Problem> problems = new ArrayList<>();
        for (String r : cmd.roles() == null ? List.<String>of() : cmd.roles()) {
            if (!PrincipalFactory.validRoles().contains(r)) {
                problems.add(Problem.field("roles", "error.role.unknown", r));
            }
        }
        if (cmd.status() != null && !STATUSES.contains(cmd.status())) {
            problems.add(Problem.field("status", "error.status.unknown", cmd.status()));
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String a : cmd.actorIds() == null ? List.<String>of() : cmd.actorIds()) {
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

    private static List<String> roles(UserCommand cmd) {
        return cmd.roles() == null || cmd.roles().isEmpty()
                ? List.of(Role.MEMBER.name())
                : List.copyOf(new LinkedHashSet<>(cmd.roles()));
    }

    private static List<Long> actorIds(UserCommand cmd) {
        return cmd.actorIds() == null
                ? List.of()
                : cmd.actorIds().stream().map(Ids::parse).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
