package fi.turvaverkko.network;

import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.NetworkCatalogues;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The actors (organisations) as other modules read them. An actor that is not active (a
 * registration not yet approved) exists only for the coordinator of its region. SQL reads
 * {@code network.v_actor}.
 */
@Service
public class Actors {

    private final ActorService actors;
    private final Catalogues catalogues;

    Actors(ActorService actors, Catalogues catalogues) {
        this.actors = actors;
        this.catalogues = catalogues;
    }

    public PageResult<ActorView> list(ActorFilter filter, PageParams paging) {
        return actors.list(filter, paging);
    }

    /** The actor, when the caller may read it. */
    public Optional<ActorView> find(Long id) {
        return actors.find(id);
    }

    /** The actor, or 404 when there is none the caller may read. */
    public ActorView get(String id) {
        return actors.get(id);
    }

    /** The actors the caller may read among these, by name: one query for them all. */
    public List<ActorView> findAll(Collection<Long> ids) {
        return actors.findAll(ids);
    }

    /** The names in the current language of the actors the caller may read among these ids, by id. */
    public Map<String, String> names(Collection<String> ids) {
        return actors.names(ids);
    }

    /** The name of an actor's sector (its catalogue code) in the current language. */
    public String sectorLabel(String code) {
        return catalogues.label(NetworkCatalogues.SECTORS, code);
    }

    /** Active actors whose name contains the text, at most 20. */
    public List<ActorView> search(String text) {
        return actors.search(text);
    }

    /**
     * Creates an actor without checking rights, with the status given: PENDING for a self-registration
     * (see {@link #activate} and {@link #removePending}), ACTIVE for demo and test data.
     */
    public ActorView createAs(CreateActor actor, String status) {
        return actors.createAs(actor, status);
    }

    /** Makes the actor a registration created active, once the coordinator has approved it. */
    public void activate(String id) {
        actors.setStatus(id, "ACTIVE");
    }

    /**
     * Removes the actor of a rejected registration when it is still pending, so that its name and
     * business ID may be registered again; no rights apply (the registration has decided). An actor
     * made active is kept.
     */
    public void removePending(String id) {
        actors.removePending(id);
    }
}
