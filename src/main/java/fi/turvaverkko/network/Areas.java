package fi.turvaverkko.network;

import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The areas (country, regions, sub-regions, municipalities) as other modules read them. Every read
 * is one query, or none within a web request that has read the areas already; nothing is cached
 * between requests, so a change is seen at once on every node. SQL reads {@code network.v_area}.
 */
@Service
public class Areas {

    private final AreaService areas;

    Areas(AreaService areas) {
        this.areas = areas;
    }

    public Optional<AreaView> find(Long id) {
        return areas.find(id);
    }

    public Optional<AreaView> findByCode(String code) {
        return areas.findByCode(code);
    }

    /** The area, or 404. */
    public AreaView get(String id) {
        return areas.get(id);
    }

    /** The names in the current language of the areas among these ids, by id: one query for them all. */
    public Map<String, String> names(Collection<String> ids) {
        return areas.names(ids);
    }

    /** The path of codes from the top, e.g. {@code /FI/19/SK191/698/}: "within" is a prefix of it. */
    public String path(Long id) {
        return areas.path(id);
    }

    /** The region an area belongs to (the region itself for a region), or null for the country. */
    public Long regionOf(Long areaId) {
        return areas.regionOf(areaId);
    }

    /** The area and the areas above it, top first. */
    public List<AreaView> ancestry(Long id) {
        return areas.ancestry(id);
    }

    /** The areas of a type, by name. */
    public List<AreaView> ofType(AreaType type) {
        return areas.ofType(type);
    }

    /** The areas of a type (or of every type) within an area, the area itself included, by name. */
    public List<AreaView> within(Long id, AreaType type) {
        return areas.within(id, type);
    }

    public PageResult<AreaView> list(String type, String withinCode, String text, PageParams paging) {
        return areas.list(type, withinCode, text, paging);
    }

    /** The area's border as GeoJSON (WGS 84), when it has one. */
    public Optional<String> border(Long id) {
        return areas.border(id);
    }

    /** The borders of the municipalities of the area's region as (id, GeoJSON), to draw it on a small map. */
    public List<Map.Entry<Long, String>> contextBorders(AreaView area) {
        return areas.contextBorders(area);
    }

    /**
     * Adds an area during demo, bench or test loading, under the area of its {@code parentCode}, with
     * its border (GeoJSON or null); no rights apply. Answers its id.
     */
    public long load(AreaView area, String borderJson) {
        return areas.load(area, borderJson);
    }

    /** Names a region's lead actor during demo, bench or test loading; no rights apply. */
    public void loadLeadActor(String regionCode, long actorId) {
        areas.loadLeadActor(regionCode, actorId);
    }
}
