package fi.turvaverkko.platform.catalogue;

import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/catalogues/{name}}: read by every member, changed by admins and coordinators. */
@RestController
@RequestMapping("/api/v1/catalogues")
class CatalogueApiController {

    static final String EDITORS = "hasAnyAuthority('ROLE_ADMIN', 'REGION_COORDINATOR')";

    private final CatalogueStore store;

    CatalogueApiController(CatalogueStore store) {
        this.store = store;
    }

    @GetMapping
    List<String> names() {
        return store.catalogueNames();
    }

    @GetMapping("/{name}")
    PageResult<CatalogueEntry> list(
            @PathVariable String name,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        List<CatalogueEntry> all = store.cached(name);
        if (all.isEmpty()) {
            throw new NotFoundException();
        }
        List<CatalogueEntry> filtered = all.stream()
                .filter(e -> active == null || active.equals(e.active()))
                .toList();
        PageParams paging = PageParams.of(page, size, null);
        int from = (int) Math.min(paging.offset(), filtered.size());
        int to = Math.min(from + paging.size(), filtered.size());
        return PageResult.of(filtered.subList(from, to), paging, filtered.size());
    }

    @GetMapping("/{name}/{code}")
    CatalogueEntry one(@PathVariable String name, @PathVariable String code) {
        return store.find(name, code).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/{name}")
    @PreAuthorize(EDITORS)
    ResponseEntity<CatalogueEntry> create(@PathVariable String name, @Valid @RequestBody CatalogueEntry entry) {
        CatalogueEntry created = store.create(name, entry);
        return ResponseEntity.created(URI.create("/api/v1/catalogues/" + name + "/" + created.code()))
                .body(created);
    }

    @PutMapping("/{name}/{code}")
    @PreAuthorize(EDITORS)
    CatalogueEntry update(
            @PathVariable String name, @PathVariable String code, @Valid @RequestBody CatalogueEntry entry) {
        return store.update(name, code, entry);
    }

    @DeleteMapping("/{name}/{code}")
    @PreAuthorize(EDITORS)
    ResponseEntity<Void> delete(@PathVariable String name, @PathVariable String code) {
        store.delete(name, code);
        return ResponseEntity.noContent().build();
    }
}
