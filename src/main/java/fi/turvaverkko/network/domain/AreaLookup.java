package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.domain.AreaRepository.AreaRow;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Areas by id and by code, read on almost every request (names, regions, rights). Within a web
 * request every area is read once, in one query (a national deployment has some 330), and kept in
 * the request for the rest of it; a change made in the request forgets them. Outside a request each
 * lookup is one query on the primary key or the code. Nothing outlives the request, so a change on
 * another node is seen by the next request: this is not a cache to invalidate.
 */
@Component
class AreaLookup {

    private static final String ATTRIBUTE = AreaLookup.class.getName();

    private final AreaRepository repository;

    AreaLookup(AreaRepository repository) {
        this.repository = repository;
    }

    /** The areas of one request, by id and by code. */
    record Snapshot(Map<Long, AreaRow> byId, Map<String, AreaRow> byCode) {}

    Optional<AreaRow> byId(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        Snapshot s = snapshot();
        return s == null ? repository.find(id) : Optional.ofNullable(s.byId().get(id));
    }

    Optional<AreaRow> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Snapshot s = snapshot();
        return s == null
                ? repository.findByCode(code.trim())
                : Optional.ofNullable(s.byCode().get(code.trim()));
    }

    /** The region an area belongs to (the region itself for a region), or null for the country. */
    Long regionOf(Long areaId) {
        return byId(areaId).map(r -> r.view().regionId()).map(Long::valueOf).orElse(null);
    }

    /** Forgets the request's areas after a change, so that the rest of the request sees it. */
    void changed() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            try {
                request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            } catch (IllegalStateException e) {
                // the request is over: nothing is kept in it any more
            }
        }
    }

    private Snapshot snapshot() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        try {
            Snapshot s = (Snapshot) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            if (s == null) {
                s = load();
                request.setAttribute(ATTRIBUTE, s, RequestAttributes.SCOPE_REQUEST);
            }
            return s;
        } catch (IllegalStateException e) {
            return null; // a request that is over (an async task that kept its attributes)
        }
    }

    private Snapshot load() {
        Map<Long, AreaRow> byId = new HashMap<>();
        Map<String, AreaRow> byCode = new HashMap<>();
        for (AreaRow r : repository.all()) {
            byId.put(r.id(), r);
            byCode.put(r.view().code(), r);
        }
        return new Snapshot(Map.copyOf(byId), Map.copyOf(byCode));
    }
}
