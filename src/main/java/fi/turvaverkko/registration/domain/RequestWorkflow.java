package fi.turvaverkko.registration.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.registration.domain.RequestRepository.Scope;
import fi.turvaverkko.registration.domain.RequestRepository.Stored;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one workflow of every request: an organisation's user submits it; whoever may answer it
 * approves it (what it asked is handed over in the same transaction) or rejects it with a reason;
 * the asker is told by mail either way. Its organisation's users and those who may answer read it;
 * to anyone else it does not exist (404). Each step is audited with the request as the API shows it.
 */
@Component
class RequestWorkflow {

    private final RequestRepository repository;
    private final RequestRights rights;
    private final AskerMail mail;
    private final UserManagement users;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    RequestWorkflow(
            RequestRepository repository,
            RequestRights rights,
            AskerMail mail,
            UserManagement users,
            Actors actors,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.rights = rights;
        this.mail = mail;
        this.users = users;
        this.actors = actors;
        this.events = events;
    }

    /** Stores a new request of the organisation {@code actorId} (checked by the caller) and audits it. */
    <C, V> V submit(RequestType<C, V> type, long actorId, Long regionId, C details) {
        long id = repository.insert(
                type.kind(), actorId, regionId, CurrentUser.get().id(), type.columns(details));
        V created = view(type, stored(type, id));
        events.publishEvent(
                ItemChanged.created(type.kind().auditType(), id, created).onBehalfOf(actorId));
        return created;
    }

    /** A request the caller may read, or 404. */
    <C, V> Stored<C> get(RequestType<C, V> type, String id) {
        Stored<C> s = repository.find(type, Ids.parse(id)).orElseThrow(NotFoundException::new);
        if (!CurrentUser.get().actsFor(s.request().actorId()) && !type.mayAnswer(s.request(), s.details())) {
            throw new NotFoundException();
        }
        return s;
    }

    <C, V> V read(RequestType<C, V> type, String id) {
        return view(type, get(type, id));
    }

    /** May the caller answer the request now? */
    <C> boolean canAnswer(RequestType<C, ?> type, Stored<C> s) {
        return s.request().pending() && type.mayAnswer(s.request(), s.details());
    }

    /**
     * The requests the caller may read: {@code toAnswer} narrows them to those the caller may
     * answer, {@code own} to those of the caller's organisations; {@code groupId} applies to join
     * requests only.
     */
    <C, V> PageResult<V> list(RequestType<C, V> type, RequestFilter f, String groupId, PageParams paging) {
        PageResult<Stored<C>> page = stored(type, f, groupId, paging);
        Map<Long, String> names = users.usernames(page.content().stream()
                .map(s -> s.request().requestedBy())
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return page.map(
                s -> type.view(s.request(), s.details(), names.get(s.request().requestedBy())));
    }

    /** The same requests as {@link #list}, as rows for a page: names and titles in one query each. */
    <C, V> PageResult<RequestRow> rows(RequestType<C, V> type, RequestFilter f, PageParams paging) {
        PageResult<Stored<C>> page = stored(type, f, null, paging);
        return new PageResult<>(rows(type, page.content()), page.page());
    }

    /** One request as a row. */
    <C> RequestRow row(RequestType<C, ?> type, Stored<C> s) {
        return rows(type, List.of(s)).get(0);
    }

    private <C> List<RequestRow> rows(RequestType<C, ?> type, List<Stored<C>> stored) {
        List<String> titles = type.titles(stored.stream().map(Stored::details).toList());
        Map<String, String> actorNames = actors.names(
                stored.stream().map(s -> String.valueOf(s.request().actorId())).toList());
        List<RequestRow> rows = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            Request r = stored.get(i).request();
            rows.add(new RequestRow(
                    r.kind(),
                    String.valueOf(r.id()),
                    String.valueOf(r.actorId()),
                    actorNames.get(String.valueOf(r.actorId())),
                    titles.get(i),
                    r.createdAt(),
                    r.status().name()));
        }
        return rows;
    }

    private <C> PageResult<Stored<C>> stored(
            RequestType<C, ?> type, RequestFilter f, String groupId, PageParams paging) {
        RequestKind kind = type.kind();
        Scope narrow = Boolean.TRUE.equals(f.toAnswer())
                ? rights.answerScope(kind)
                : Boolean.TRUE.equals(f.own()) ? rights.ownScope() : null;
        return repository.list(
                type,
                rights.readScope(kind),
                narrow,
                RequestStatus.filter(f.status()),
                idOrInvalid("actorId", f.actorId()),
                idOrInvalid("groupId", groupId),
                paging);
    }

    /** Approves the request and hands over what it asked, in one transaction (the caller's). */
    <C, V> V approve(RequestType<C, V> type, String id) {
        Stored<C> s = answerable(type, id);
        Request decided = s.request().approve(CurrentUser.get().username(), type.handOver(s.request(), s.details()));
        return decide(type, s, decided, "approved");
    }

    /** Rejects the request; the reason is required and is mailed to the asker. */
    <C, V> V reject(RequestType<C, V> type, String id, Decision decision) {
        Stored<C> s = answerable(type, id);
        Request decided = s.request().reject(CurrentUser.get().username(), decision == null ? null : decision.reason());
        return decide(type, s, decided, "rejected");
    }

    private <C, V> Stored<C> answerable(RequestType<C, V> type, String id) {
        Stored<C> s = get(type, id);
        if (!type.mayAnswer(s.request(), s.details())) {
            throw new ForbiddenException();
        }
        s.request().requirePending();
        return s;
    }

    private <C, V> V decide(RequestType<C, V> type, Stored<C> before, Request decided, String outcome) {
        if (!repository.decide(decided)) {
            throw new ConflictException("error.request.decided");
        }
        Request r = before.request();
        V after = view(type, stored(type, r.id()));
        events.publishEvent(ItemChanged.updated(r.kind().auditType(), r.id(), view(type, before), after)
                .onBehalfOf(r.actorId()));
        mail.send(
                r.requestedBy(),
                "request.mail." + outcome + ".subject",
                r.kind().messages() + ".mail." + outcome,
                type.subject(before.details()),
                decided.reason() == null ? "" : decided.reason());
        return after;
    }

    private <C> Stored<C> stored(RequestType<C, ?> type, long id) {
        return repository.find(type, id).orElseThrow();
    }

    <C, V> V view(RequestType<C, V> type, Stored<C> s) {
        Long asker = s.request().requestedBy();
        String name = asker == null ? null : users.usernames(List.of(asker)).get(asker);
        return type.view(s.request(), s.details(), name);
    }

    /** An id filter: null when not given, 400 when it cannot be an id. */
    static Long idOrInvalid(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Ids.parse(id);
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "validation.format");
        }
    }
}
