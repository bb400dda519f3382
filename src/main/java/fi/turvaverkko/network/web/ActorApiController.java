package fi.turvaverkko.network.web;

import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.ContactCommand;
import fi.turvaverkko.network.domain.ContactPersonView;
import fi.turvaverkko.network.domain.ContactService;
import fi.turvaverkko.network.domain.UpdateActor;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/actors} and their contact persons. Bodies have the shape GET returns; their writable
 * fields become the use case's command, the read-only ones (id, status, derived codes) are ignored.
 */
@RestController
@RequestMapping("/api/v1/actors")
class ActorApiController {

    private final ActorService actors;
    private final ContactService contacts;

    ActorApiController(ActorService actors, ContactService contacts) {
        this.actors = actors;
        this.contacts = contacts;
    }

    @GetMapping
    PageResult<ActorView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Boolean authority,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return actors.list(new ActorFilter(q, sector, level, area, authority), PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    ActorView one(@PathVariable String id) {
        return actors.get(id);
    }

    @PostMapping
    ResponseEntity<ActorView> create(@RequestBody ActorView actor) {
        ActorView created = actors.create(CreateActor.of(actor));
        return ResponseEntity.created(URI.create("/api/v1/actors/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ActorView update(@PathVariable String id, @RequestBody ActorView actor) {
        return actors.update(id, UpdateActor.of(actor));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        actors.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/contacts")
    List<ContactPersonView> contacts(@PathVariable String id) {
        return contacts.contacts(id);
    }

    @GetMapping("/{id}/contacts/{contactId}")
    ContactPersonView contact(@PathVariable String id, @PathVariable String contactId) {
        return contacts.contact(id, contactId);
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactPersonView> addContact(@PathVariable String id, @RequestBody ContactPersonView contact) {
        ContactPersonView created = contacts.addContact(id, ContactCommand.of(contact));
        return ResponseEntity.created(URI.create("/api/v1/actors/" + id + "/contacts/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    ContactPersonView updateContact(
            @PathVariable String id, @PathVariable String contactId, @RequestBody ContactPersonView contact) {
        return contacts.updateContact(id, contactId, ContactCommand.of(contact));
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    ResponseEntity<Void> deleteContact(@PathVariable String id, @PathVariable String contactId) {
        contacts.deleteContact(id, contactId);
        return ResponseEntity.noContent().build();
    }
}
