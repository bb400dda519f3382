package fi.turvaverkko.resources.web;

import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.resources.NearestResource;
import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.resources.domain.NearestSearch;
import fi.turvaverkko.resources.domain.ResourceFiles;
import fi.turvaverkko.resources.domain.ResourceRegistry;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /api/v1/resources}: the registry, the nearest search, import and export. */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceApiController {

    private final ResourceRegistry resources;
    private final NearestSearch search;
    private final ResourceFiles files;

    ResourceApiController(ResourceRegistry resources, NearestSearch search, ResourceFiles files) {
        this.resources = resources;
        this.search = search;
        this.files = files;
    }

    @GetMapping
    PageResult<ResourceView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String function,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String availability,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean mine,
            @RequestParam(required = false) Boolean verificationDue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return resources.list(
                new ResourceService.Filter(q, type, function, kind, area, availability, owner, mine, verificationDue),
                PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    ResourceView one(@PathVariable String id) {
        return resources.get(id);
    }

    @PostMapping
    ResponseEntity<ResourceView> create(@RequestBody ResourceView resource) {
        ResourceView created = resources.create(ResourceDraft.of(resource));
        return ResponseEntity.created(URI.create("/api/v1/resources/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ResourceView update(@PathVariable String id, @RequestBody ResourceView resource) {
        return resources.update(id, resource.version(), ResourceDraft.of(resource));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        resources.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/verify")
    ResourceView verify(@PathVariable String id) {
        return resources.verify(id);
    }

    @GetMapping("/nearest")
    Map<String, Object> nearest(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String function,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer minLevel,
            @RequestParam(required = false) Integer minQuantity,
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Double radiusKm,
            @RequestParam(required = false) Integer limit) {
        var query = new ResourceService.NearestQuery(
                type, function, kind, minLevel, minQuantity, lat, lon, area, radiusKm, limit);
        List<NearestResource> hits = search.nearest(query);
        NearestSearch.SearchPoint at = search.point(query);
        return Map.of(
                "from",
                Map.of(
                        "lat", at.lat(),
                        "lon", at.lon(),
                        "easting", Math.round(at.grid().easting()),
                        "northing", Math.round(at.grid().northing())),
                "content",
                hits);
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String availability,
            @RequestParam(required = false) Boolean mine) {
        TabularFormat f = TabularFormat.of(format);
        ResourceService.Filter filter =
                new ResourceService.Filter(q, type, null, null, area, availability, null, mine, null);
        // check the filters before the first byte is written
        resources.list(filter, PageParams.first(1));
        StreamingResponseBody body = out -> files.export(filter, f, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resources." + f.extension() + "\"")
                .body(body);
    }

    @GetMapping("/import/template")
    ResponseEntity<StreamingResponseBody> template(@RequestParam(required = false) String format) {
        TabularFormat f = TabularFormat.of(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"resources-template." + f.extension() + "\"")
                .body(out -> files.template(f, out));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        files.requireImportRight();
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        return Map.of("imported", files.importFile(file.getBytes()));
    }

    @PostMapping(
            value = "/import",
            consumes = {
                "text/csv",
                "text/plain",
                "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    Map<String, Object> importBody(InputStream body) throws IOException {
        files.requireImportRight();
        byte[] content = body.readAllBytes();
        if (content.length == 0) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        return Map.of("imported", files.importFile(content));
    }

    /** A registry's file may be as large as any import ({@link TabularFiles#MAX_IMPORT}). */
    @Bean
    static BodyLimit resourceImportLimit() {
        return new BodyLimit("/api/v1/resources/import", TabularFiles.MAX_IMPORT);
    }
}
