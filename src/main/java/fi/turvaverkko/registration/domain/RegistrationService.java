package fi.turvaverkko.registration.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-registration of NGOs, parishes and businesses. Anyone may register; the answer never tells
 * whether the e-mail address was already known (the address's owner is told by mail instead). A
 * username is chosen, not a secret: a taken one is refused on the form (ADR 0009). The coordinator
 * of the organisation's region sees the registration at once and approves a confirmed one or
 * rejects any.
 */
@Service
public class RegistrationService {

    private static final List<String> OPEN =
            RegistrationStatus.OPEN.stream().map(Enum::name).toList();

    private final RegistrationRepository repository;
    private final SignupThrottle throttle;
    private final Actors actors;
    private final SignupRules signups;
    private final UserManagement users;
    private final Mailer mailer;
    private final Messages messages;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final RegistrationProperties properties;
    private final PlatformProperties platform;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;

    RegistrationService(
            RegistrationRepository repository,
            SignupThrottle throttle,
            Actors actors,
            SignupRules signups,
            UserManagement users,
            Mailer mailer,
            Messages messages,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            RegistrationProperties properties,
            PlatformProperties platform,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.throttle = throttle;
        this.actors = actors;
        this.signups = signups;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
        this.encoder = encoder;
        this.events = events;
        this.properties = properties;
        this.platform = platform;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private enum Outcome {
        CREATED,
        EMAIL_KNOWN
    }

    /**
     * Registers an organisation and its first user, both pending, and mails the confirmation link.
     * Refuses bad input (400), a business ID, name or username already in use (409, after the flood
     * limit has counted the attempt, so that usernames cannot be tried in bulk) and floods (429);
     * otherwise answers the same whether or not the address was known.
     */
    public RegistrationReceipt register(RegistrationCommand cmd, String clientAddress) {
        SignupRules.Valid v = signups.validate(cmd);
        Boolean allowed = separate.execute(s -> throttle.tryRecord(
                clientAddress == null ? "" : clientAddress,
                v.email(),
                properties.perAddressPerHour(),
                properties.perEmailPerHour()));
        if (!Boolean.TRUE.equals(allowed)) {
            throw new DomainException(429, "error.registration.tooMany");
        }
        if (users.usernameTaken(v.username())) {
            throw usernameTaken();
        }
        String language = language();
        Outcome outcome;
        try {
            outcome = transaction.execute(status -> createPending(v, cmd.password(), language, status));
        } catch (DomainException e) {
            if ("error.username.taken".equals(e.messageKey())) {
                throw usernameTaken(); // lost a race for the username
            }
            throw e;
        }
        if (outcome != Outcome.CREATED) {
            // as much work as a real registration, so that the time taken does not tell either
            encoder.encode(cmd.password());
            Outcome o = outcome;
            separate.executeWithoutResult(s -> tellOwner(v, o, language));
        }
        return receipt();
    }

    /**
     * Creates the pending actor, user and registration and mails the confirmation link, unless the
     * address is known: then nothing is kept (the transaction rolls back) and the caller tells the
     * address's owner instead.
     */
    private Outcome createPending(SignupRules.Valid v, String password, String language, TransactionStatus status) {
        // Public facts first (business ID, name in the area: 409), so that the answer about
        // them never depends on whether the username or address is known.
        ActorView actor = actors.createAs(
                new CreateActor(
                        v.name(),
                        null,
                        v.sector(),
                        v.level(),
                        false,
                        null,
                        v.area().code(),
                        v.businessId(),
                        null,
                        v.email(),
                        null,
                        null),
                "PENDING");
        Outcome known = known(v);
        if (known != Outcome.CREATED) {
            status.setRollbackOnly();
            return known;
        }
        UserView user =
                users.registerPending(v.username(), v.name(), v.email(), password, List.of(Long.valueOf(actor.id())));
        String token = Hashes.newToken();
        long id = repository.insert(new RegistrationRepository.NewRegistration(
                v.name(),
                v.sector(),
                v.businessId(),
                Long.parseLong(v.area().id()),
                v.regionId(),
                v.email(),
                v.username(),
                language,
                Long.parseLong(actor.id()),
                Long.parseLong(user.id()),
                Hashes.sha256(token),
                OffsetDateTime.now().plus(properties.confirmationValidity())));
        events.publishEvent(ItemChanged.created("REGISTRATION", id, get(id)).onBehalfOf(Long.valueOf(actor.id())));
        Locale locale = Locale.forLanguageTag(language);
        mailer.send(
                v.email(),
                messages.get(locale, "registration.mail.confirm.subject"),
                messages.get(
                        locale,
                        "registration.mail.confirm.body",
                        v.name(),
                        v.username(),
                        properties.confirmationValidity().toHours(),
                        platform.publicUrl() + "/register/confirm/" + token));
        return Outcome.CREATED;
    }

    private static DomainException usernameTaken() {
        return new DomainException(
                409, "error.username.taken", List.of(Problem.field("username", "error.username.taken")));
    }

    private Outcome known(SignupRules.Valid v) {
        if (users.usernameTaken(v.username())) {
            throw usernameTaken();
        }
        boolean emailInUse = repository.openWithEmail(v.email())
                || users.list(v.email(), null, null, null, PageParams.first(50)).content().stream()
                        .anyMatch(u -> u.email() != null && u.email().equalsIgnoreCase(v.email()));
        return emailInUse ? Outcome.EMAIL_KNOWN : Outcome.CREATED;
    }

    private void tellOwner(SignupRules.Valid v, Outcome outcome, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String key = "registration.mail.emailKnown";
        mailer.send(
                v.email(),
                messages.get(locale, key + ".subject"),
                messages.get(locale, key + ".body", v.name(), v.username(), platform.publicUrl() + "/register"));
    }

    private RegistrationReceipt receipt() {
        return new RegistrationReceipt("RECEIVED", messages.get("registration.received"));
    }

    /** Confirms the e-mail address with the token of the link; the token works once. */
    @Transactional
    public RegistrationView confirm(String token) {
        if (token == null || token.length() > 100) {
            throw new NotFoundException();
        }
        String hash = Hashes.sha256(token);
        RegistrationView r = repository.findByToken(hash).orElseThrow(RegistrationService::invalidLink);
        if (!repository.confirm(Long.parseLong(r.id()), hash)) {
            throw invalidLink();
        }
        RegistrationView after = get(Long.parseLong(r.id()));
        events.publishEvent(ItemChanged.action("REGISTRATION", r.id(), "CONFIRM", Map.of()));
        return after;
    }

    private static DomainException invalidLink() {
        return new DomainException(404, "error.registration.link");
    }

    /** Is there a registration waiting for this token? For the confirmation page before it is used. */
    public boolean tokenIsValid(String token) {
        return token != null
                && token.length() <= 100
                && repository.findByToken(Hashes.sha256(token)).isPresent();
    }

    // the coordinator's side

    /** Does the user coordinate a region, and so see its registrations? */
    public boolean canReview() {
        return CurrentUser.get().isCoordinator();
    }

    public PageResult<RegistrationView> list(String status, Boolean confirmed, String text, PageParams paging) {
        CurrentUser u = CurrentUser.get();
        if (!u.isCoordinator()) {
            throw new ForbiddenException();
        }
        RegistrationStatus filter = RegistrationStatus.filter(status);
        return repository.list(
                new RegistrationRepository.Filter(
                        u.coordinatorRegionIds(), filter == null ? null : filter.name(), confirmed, text),
                paging);
    }

    /** Open registrations in the regions the user coordinates. */
    public long openCount() {
        CurrentUser u = CurrentUser.get();
        return u.isCoordinator() ? repository.countOpen(u.coordinatorRegionIds()) : 0;
    }

    /** A registration; only the coordinator of its region sees it (404 to anyone else). */
    public RegistrationView get(String id) {
        RegistrationView r = repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
        if (r.regionId() == null || !CurrentUser.get().isCoordinatorOf(Long.valueOf(r.regionId()))) {
            throw new NotFoundException();
        }
        return r;
    }

    private RegistrationView get(long id) {
        return repository.find(id).orElseThrow(NotFoundException::new);
    }

    /** Approves a confirmed registration: the organisation and its user become active. */
    @Transactional
    public RegistrationView approve(String id) {
        RegistrationView r = get(id);
        RegistrationStatus to = RegistrationStatus.valueOf(r.status()).approve();
        if (!repository.decide(Long.parseLong(id), List.of("CONFIRMED"), to.name(), who(), null)) {
            throw new ConflictException("error.registration.decided");
        }
        if (r.actorId() != null) {
            actors.activate(r.actorId());
        }
        if (r.userId() != null) {
            users.setStatus(r.userId(), "ACTIVE");
        }
        RegistrationView after = get(Long.parseLong(id));
        events.publishEvent(ItemChanged.updated("REGISTRATION", id, r, after).onBehalfOf(Ids.parseOrNull(r.actorId())));
        Locale locale = Locale.forLanguageTag(r.language());
        mailer.send(
                r.email(),
                messages.get(locale, "registration.mail.approved.subject"),
                messages.get(
                        locale,
                        "registration.mail.approved.body",
                        r.organisationName(),
                        r.username(),
                        platform.publicUrl() + "/login"));
        return after;
    }

    /**
     * Rejects an open registration with a reason that is mailed to the asker. The pending
     * organisation is removed, so that its name and business ID may be registered again; the user
     * stays, rejected, and cannot log in.
     */
    @Transactional
    public RegistrationView reject(String id, Decision decision) {
        RegistrationView r = get(id);
        RegistrationStatus to = RegistrationStatus.valueOf(r.status()).reject();
        String reason = Request.reasonOf(decision == null ? null : decision.reason());
        if (!repository.decide(Long.parseLong(id), OPEN, to.name(), who(), reason)) {
            throw new ConflictException("error.registration.decided");
        }
        if (r.userId() != null) {
            users.setStatus(r.userId(), "REJECTED");
        }
        if (r.actorId() != null) {
            actors.removePending(r.actorId());
        }
        RegistrationView after = get(Long.parseLong(id));
        events.publishEvent(ItemChanged.updated("REGISTRATION", id, r, after));
        Locale locale = Locale.forLanguageTag(r.language());
        mailer.send(
                r.email(),
                messages.get(locale, "registration.mail.rejected.subject"),
                messages.get(locale, "registration.mail.rejected.body", r.organisationName(), reason));
        return after;
    }

    private static String who() {
        return CurrentUser.get().username();
    }

    private static String language() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return Messages.LANGUAGES.contains(lang) ? lang : "fi";
    }
}
