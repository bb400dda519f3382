package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons of actors: read by every logged-in user (never by anonymous callers), changed
 * by the actor's own users and the coordinator of its region, as the actor itself is.
 */
@Service
public class ContactService {

    private final ActorRepository repository;
    private final ActorService actors;
    private final NetworkRights rights;
    private final ApplicationEventPublisher events;

    ContactService(
            ActorRepository repository, ActorService actors, NetworkRights rights, ApplicationEventPublisher events) {
        this.repository = repository;
        this.actors = actors;
        this.rights = rights;
        this.events = events;
    }

    public List<ContactPersonView> contacts(String actorId) {
        actors.get(actorId);
        if (rights.user().isAnonymous()) {
            throw new NotFoundException();
        }
        return repository.contacts(Long.parseLong(actorId));
    }

    /** Contact persons by id, for showing who represents a member; none for anonymous callers. */
    public List<ContactPersonView> findContacts(Collection<Long> ids) {
        if (ids.isEmpty() || rights.user().isAnonymous()) {
            return List.of();
        }
        return repository.contacts(ids);
    }

    @Transactional
    public ContactPersonView addContact(String actorId, ContactCommand c) {
        ActorView actor = actors.get(actorId);
        if (!actors.canEdit(actor)) {
            throw new ForbiddenException();
        }
        long id = repository.insertContact(Long.parseLong(actorId), validContact(c));
        ContactPersonView created = repository.contact(id).orElseThrow();
        events.publishEvent(ItemChanged.created("CONTACT_PERSON", id, created).onBehalfOf(Long.valueOf(actorId)));
        return created;
    }

    public ContactPersonView contact(String actorId, String contactId) {
        ContactPersonView c = repository
                .contact(Ids.parse(contactId))
                .filter(x -> x.actorId().equals(actorId))
                .orElseThrow(NotFoundException::new);
        if (rights.user().isAnonymous()) {
            throw new NotFoundException();
        }
        return c;
    }

    @Transactional
    public ContactPersonView updateContact(String actorId, String contactId, ContactCommand c) {
        ContactPersonView before = contact(actorId, contactId);
        if (!actors.canEdit(actors.get(actorId))) {
            throw new ForbiddenException();
        }
        ContactCommand clean = validContact(c);
        if (c.version() == null || !repository.updateContact(Long.parseLong(contactId), c.version(), clean)) {
            throw new StaleVersionException(before);
        }
        ContactPersonView after = repository.contact(Long.parseLong(contactId)).orElseThrow();
        events.publishEvent(
                ItemChanged.updated("CONTACT_PERSON", contactId, before, after).onBehalfOf(Long.valueOf(actorId)));
        return after;
    }

    @Transactional
    public void deleteContact(String actorId, String contactId) {
        ContactPersonView before = contact(actorId, contactId);
        if (!actors.canEdit(actors.get(actorId))) {
            throw new ForbiddenException();
        }
        repository.deleteContact(Long.parseLong(contactId));
        events.publishEvent(
                ItemChanged.deleted("CONTACT_PERSON", contactId, before).onBehalfOf(Long.valueOf(actorId)));
    }

    private static ContactCommand validContact(ContactCommand c) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.name(problems, "name", c.name(), true);
        NetworkValidation.name(problems, "title", c.title(), false);
        NetworkValidation.email(problems, "email", c.email());
        NetworkValidation.phone(problems, "phone", c.phone());
        InvalidInputException.throwIfAny(problems);
        return new ContactCommand(
                c.name().trim(),
                NetworkValidation.blank(c.title()),
                NetworkValidation.blank(c.email()),
                NetworkValidation.blank(c.phone()),
                c.version());
    }
}
