package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.domain.AreaRepository.AreaRow;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every area in memory: a national deployment has some 330, and they are read on almost every
 * request. A change on this node is seen at once, on another node within a minute.
 */
@Component
public class AreaDirectory {

    private static final long TTL_NANOS = 60_000_000_000L;

    private final AreaRepository repository;
    private volatile Snapshot snapshot;

    AreaDirectory(AreaRepository repository) {
        this.repository = repository;
    }

    /** The areas by id and by code, as loaded at one moment. */
    public record Snapshot(Map<Long, AreaRow> byId, Map<String, AreaRow> byCode, long loadedAt) {}

    public Snapshot get() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > TTL_NANOS) {
            Map<Long, AreaRow> byId = new HashMap<>();
            Map<String, AreaRow> byCode = new HashMap<>();
            for (AreaRow r : repository.all()) {
                byId.put(Long.valueOf(r.view().id()), r);
                byCode.put(r.view().code(), r);
            }
            s = new Snapshot(Map.copyOf(byId), Map.copyOf(byCode), System.nanoTime());
            snapshot = s;
        }
        return s;
    }

    public void refresh() {
        snapshot = null;
    }

    public Optional<AreaView> find(Long id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(get().byId().get(id)).map(AreaRow::view);
    }

    /** The region an area belongs to (the region itself for a region), or null for the country. */
    public Long regionOf(Long areaId) {
        AreaRow r = areaId == null ? null : get().byId().get(areaId);
        return r == null || r.view().regionId() == null
                ? null
                : Long.valueOf(r.view().regionId());
    }
}
