package fi.turvaverkko.network.web;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.domain.AreaCommand;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import org.springframework.http.MediaType;
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

/** {@code /api/v1/areas}: country, regions, sub-regions and municipalities. */
@RestController
@RequestMapping("/api/v1/areas")
class AreaApiController {

    private final AreaService areas;

    AreaApiController(AreaService areas) {
        this.areas = areas;
    }

    @GetMapping
    PageResult<AreaView> list(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return areas.list(type, within, q, PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    AreaView one(@PathVariable String id) {
        return areas.get(id);
    }

    /** The area's border as a GeoJSON Feature (WGS 84). */
    @GetMapping(value = "/{id}/geometry", produces = "application/geo+json")
    ResponseEntity<String> geometry(@PathVariable String id) {
        AreaView a = areas.get(id);
        String border = areas.border(Long.valueOf(a.id())).orElseThrow(NotFoundException::new);
        String feature =
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + a.code() + "\"},\"geometry\":" + border + "}";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(feature);
    }

    @PostMapping
    ResponseEntity<AreaView> create(@RequestBody AreaView area) {
        AreaView created = areas.create(AreaCommand.of(area));
        return ResponseEntity.created(URI.create("/api/v1/areas/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    AreaView update(@PathVariable String id, @RequestBody AreaView area) {
        return areas.update(id, AreaCommand.of(area));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        areas.delete(id);
        return ResponseEntity.noContent().build();
    }
}
