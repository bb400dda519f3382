package fi.turvaverkko.resources.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.resources.NearestResource;
import fi.turvaverkko.resources.ResourceService.NearestQuery;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.resources.domain.ResourceAccess.Privileges;
import fi.turvaverkko.resources.domain.ResourceRepository.Candidate;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The search for the nearest available resources: the GiST index gives the nearest candidates by
 * distance, which are then ranked by estimated time to arrive (activation time plus travel along a
 * road {@code roadFactor} times longer than the straight line at {@code travelSpeedKmh}).
 */
@Service
public class NearestSearch {

    private final ResourceRepository repository;
    private final ResourceRules rules;
    private final ResourceAccess access;
    private final Areas areas;
    private final ResourceRegistry registry;
    private final ResourcesProperties properties;
    private final ResourceReads reads;

    NearestSearch(
            ResourceRepository repository,
            ResourceRules rules,
            ResourceAccess access,
            Areas areas,
            ResourceRegistry registry,
            ResourcesProperties properties,
            ResourceReads reads) {
        this.repository = repository;
        this.rules = rules;
        this.access = access;
        this.areas = areas;
        this.registry = registry;
        this.properties = properties;
        this.reads = reads;
    }

    /** The point a search starts from, in both systems. */
    public record SearchPoint(double lat, double lon, Tm35Fin.GridPoint grid) {}

    public SearchPoint point(NearestQuery q) {
        List<Problem> problems = new ArrayList<>();
        Double lat = q.lat();
        Double lon = q.lon();
        if (lat == null && lon == null && ResourceRules.notBlank(q.area())) {
            AreaView a = areas.findByCode(q.area()).orElse(null);
            if (a == null || a.lat() == null) {
                throw new InvalidInputException("area", "error.area.unknownCode", q.area());
            }
            lat = a.lat();
            lon = a.lon();
        }
        if (lat == null || lon == null) {
            problems.add(Problem.field(lat == null ? "lat" : "lon", "validation.required"));
        } else if (!Validation.inFinland(lat, lon)) {
            problems.add(Problem.field("lat", "error.coordinates.finland"));
        }
        InvalidInputException.throwIfAny(problems);
        return new SearchPoint(lat, lon, Tm35Fin.toGrid(lat, lon));
    }

    /** The nearest available resources the caller may see, by time to arrive, then distance. */
    public List<NearestResource> nearest(NearestQuery q) {
        ResourceRegistry.requireLogin();
        List<Problem> problems = new ArrayList<>();
        double radius = q.radiusKm() == null ? 100 : q.radiusKm();
        if (radius <= 0 || radius > 1500) {
            problems.add(Problem.field("radiusKm", "error.resource.radius"));
        }
        int limit = q.limit() == null ? 20 : q.limit();
        if (limit < 1 || limit > 100) {
            problems.add(Problem.field("limit", "error.resource.limit"));
        }
        int minQuantity = q.minQuantity() == null ? 1 : q.minQuantity();
        if (minQuantity < 1) {
            problems.add(Problem.field("minQuantity", "error.resource.minQuantity"));
        }
        InvalidInputException.throwIfAny(problems);
        SearchPoint at = point(q);
        List<Long> typeIds = rules.typeIds(q.type(), q.function(), q.kind(), q.minLevel(), true);
        Privileges p = access.privileges();
        boolean exact = !p.regionIds().isEmpty();
        List<Candidate> candidates = repository.nearest(
                typeIds,
                minQuantity,
                at.grid(),
                radius * 1000,
                exact,
                p,
                registry.dueBefore(),
                Math.min(500, limit * 5));
        List<NearestResource> hits = new ArrayList<>();
        for (Candidate c : candidates) {
            ResourceView v = c.view();
            double km = Math.hypot(
                            v.easting() - at.grid().easting(),
                            v.northing() - at.grid().northing())
                    / 1000;
            if (km <= radius) {
                hits.add(new NearestResource(v, Math.round(km * 10) / 10.0, eta(v.activationMinutes(), km)));
            }
        }
        hits.sort(
                Comparator.comparingInt(NearestResource::etaMinutes).thenComparingDouble(NearestResource::distanceKm));
        List<NearestResource> found = hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
        found.forEach(h -> reads.read(h.resource()));
        return found;
    }

    /** Minutes to arrive: the activation time and the travel along the road at the set speed. */
    int eta(int activationMinutes, double straightKm) {
        return activationMinutes
                + (int) Math.ceil(straightKm * properties.roadFactor() / properties.travelSpeedKmh() * 60);
    }
}
