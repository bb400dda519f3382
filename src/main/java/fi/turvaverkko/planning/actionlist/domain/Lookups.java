package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.platform.Catalogues;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The references of the measures being checked (actors, groups, areas, goals the caller may read,
 * active catalogue codes), asked once each for the length of one request or one import: an import of a
 * thousand rows asks for its actors and goals in one batch each ({@link #preloadActors}, {@link
 * #preloadGoals}) instead of once a row.
 */
final class Lookups {

    private final Actors actors;
    private final Areas areas;
    private final Groups groups;
    private final Programmes programmes;
    private final Catalogues catalogues;
    private final Map<Long, Boolean> actorExists = new HashMap<>();
    private final Map<Long, Boolean> groupExists = new HashMap<>();
    private final Map<Long, Boolean> goalReadable = new HashMap<>();
    private final Map<String, Set<String>> activeCodes = new HashMap<>();
    private final Map<String, Long> areaIds = new HashMap<>();
    private final Map<Long, List<Long>> ancestries = new HashMap<>();

    Lookups(Actors actors, Areas areas, Groups groups, Programmes programmes, Catalogues catalogues) {
        this.actors = actors;
        this.areas = areas;
        this.groups = groups;
        this.programmes = programmes;
        this.catalogues = catalogues;
    }

    /** Is the code an active value of the catalogue? The catalogue is read once. */
    boolean active(String catalogue, String code) {
        return activeCodes
                .computeIfAbsent(catalogue, c -> {
                    Set<String> codes = new HashSet<>();
                    catalogues.active(c).forEach(e -> codes.add(e.code()));
                    return codes;
                })
                .contains(code);
    }

    void preloadActors(Collection<Long> ids) {
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(actorExists.keySet());
        if (!missing.isEmpty()) {
            missing.forEach(id -> actorExists.put(id, false));
            for (ActorView a : actors.findAll(missing)) {
                actorExists.put(Long.valueOf(a.id()), true);
            }
        }
    }

    void preloadGoals(Collection<Long> ids) {
        Set<Long> missing = new HashSet<>(ids);
        missing.removeAll(goalReadable.keySet());
        if (!missing.isEmpty()) {
            missing.forEach(id -> goalReadable.put(id, false));
            for (GoalView g : programmes.findGoals(missing)) {
                goalReadable.put(Long.valueOf(g.id()), true);
            }
        }
    }

    boolean actor(long id) {
        return actorExists.computeIfAbsent(id, x -> actors.find(x).isPresent());
    }

    boolean group(long id) {
        return groupExists.computeIfAbsent(id, x -> groups.find(x).isPresent());
    }

    boolean goal(long id) {
        return goalReadable.computeIfAbsent(id, x -> programmes.findGoal(x).isPresent());
    }

    /** The id of the area with this code, or -1 when there is none. */
    long areaId(String code) {
        return areaIds.computeIfAbsent(
                code, c -> areas.findByCode(c).map(a -> Long.valueOf(a.id())).orElse(-1L));
    }

    /** The area and every area above it (municipality, sub-region, region, country). */
    List<Long> ancestry(long areaId) {
        return ancestries.computeIfAbsent(
                areaId,
                id -> areas.ancestry(id).stream()
                        .map(AreaView::id)
                        .map(Long::valueOf)
                        .toList());
    }
}
