package fi.turvaverkko.resources.web;

import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.domain.ResourceTypeCommand;
import fi.turvaverkko.resources.domain.ResourceTypes;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/resource-types}: the typed catalogue. */
@RestController
@RequestMapping("/api/v1/resource-types")
class ResourceTypeApiController {

    private static final Map<String, Function<ResourceTypeView, String>> SORTS = Map.of(
            "code", ResourceTypeView::code,
            "name", ResourceTypeView::name,
            "function", ResourceTypeView::function,
            "kind", ResourceTypeView::kind,
            "typeLevel", t -> String.valueOf(t.typeLevel()));

    private final ResourceTypes types;

    ResourceTypeApiController(ResourceTypes types) {
        this.types = types;
    }

    @GetMapping
    PageResult<ResourceTypeView> list(
            @RequestParam(required = false) String function,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageParams paging = PageParams.of(page, size, sort);
        List<ResourceTypeView> all = types.all().stream()
                .filter(t -> function == null || function.equals(t.function()))
                .filter(t -> kind == null || kind.equals(t.kind()))
                .filter(t -> active == null || active.equals(t.active()))
                .toList();
        if (paging.sortField() != null) {
            Function<ResourceTypeView, String> key = SORTS.get(paging.sortField());
            if (key == null) {
                throw new fi.turvaverkko.shared.InvalidInputException("sort", "error.page.sort", paging.sortField());
            }
            Comparator<ResourceTypeView> c = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
            all = all.stream().sorted(paging.ascending() ? c : c.reversed()).toList();
        }
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return PageResult.of(all.subList(from, to), paging, all.size());
    }

    @GetMapping("/{id}")
    ResourceTypeView one(@PathVariable String id) {
        return types.get(id);
    }

    @PostMapping
    ResponseEntity<ResourceTypeView> create(@RequestBody ResourceTypeView type) {
        ResourceTypeView created = types.create(ResourceTypeCommand.of(type));
        return ResponseEntity.created(URI.create("/api/v1/resource-types/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ResourceTypeView update(@PathVariable String id, @RequestBody ResourceTypeView type) {
        return types.update(id, type.version(), ResourceTypeCommand.of(type));
    }
}
