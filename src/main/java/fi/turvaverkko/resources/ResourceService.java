package fi.turvaverkko.resources;

import fi.turvaverkko.resources.domain.NearestSearch;
import fi.turvaverkko.resources.domain.ResourceRegistry;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The resource registry as other modules use it: the caller's view of the registry and of one
 * resource, the nearest available resources, the units a commitment takes, and a resource made from
 * an approved offer. SQL reads {@code resources.v_resource_availability} and
 * {@code resources.v_resource_type}.
 */
@Service
public class ResourceService {

    private final ResourceRegistry registry;
    private final NearestSearch search;

    ResourceService(ResourceRegistry registry, NearestSearch search) {
        this.registry = registry;
        this.search = search;
    }

    /**
     * The filters of the registry. {@code type} may list several codes separated by commas;
     * {@code area} is a code and includes the areas below it; {@code mine} keeps the caller's own.
     */
    public record Filter(
            String text,
            String type,
            String function,
            String kind,
            String area,
            String availability,
            String owner,
            Boolean mine,
            Boolean verificationDue) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    /** A nearest-resource search: a point (lat/lon) or an area's centre, and what is needed. */
    public record NearestQuery(
            String type,
            String function,
            String kind,
            Integer minLevel,
            Integer minQuantity,
            Double lat,
            Double lon,
            String area,
            Double radiusKm,
            Integer limit) {}

    /** The resources the caller may see, filtered and paged. */
    public PageResult<ResourceView> list(Filter filter, PageParams paging) {
        return registry.list(filter, paging);
    }

    /** A resource without its contact, if the caller may see it. */
    public Optional<ResourceView> find(String id) {
        return registry.find(id);
    }

    /**
     * The resources of the ids that the caller may see, without their contacts, by id, in one query
     * (ids that are unknown, malformed or not visible are left out).
     */
    public Map<String, ResourceView> findAll(Collection<String> ids) {
        return registry.findAll(ids);
    }

    /** The actor that owns a resource, for the rights of other modules; empty when unknown. */
    public Optional<Long> ownerActorId(String resourceId) {
        return registry.ownerActorId(resourceId);
    }

    /** The nearest available resources the caller may see, by estimated time to arrive. */
    public List<NearestResource> nearest(NearestQuery query) {
        return search.nearest(query);
    }

    /**
     * Takes ({@code delta > 0}) or gives back units of a resource for a commitment: 409 when fewer free
     * units are left, also when another commitment took the last one a moment ago.
     */
    public void reserve(String resourceId, int delta) {
        registry.reserve(resourceId, delta);
    }

    /** Creates a resource from an approved resource offer; the calling module has checked the rights. */
    public ResourceView createFromOffer(ResourceDraft draft, String offerId) {
        return registry.createFromOffer(draft, offerId);
    }
}
