package fi.turvaverkko.resources.web;

import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.resources.domain.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: how many PUBLIC resources of each type each municipality has, never contacts, exact
 * locations or restricted resources.
 */
@RestController
class PublicResourceController {

    private final ResourceRegistry resources;
    private final TabularFiles tables;

    PublicResourceController(ResourceRegistry resources, TabularFiles tables) {
        this.resources = resources;
        this.tables = tables;
    }

    @GetMapping("/api/v1/public/resources/counts")
    ResponseEntity<?> counts(
            @RequestParam(required = false) String region, @RequestParam(required = false) String format)
            throws java.io.IOException {
        List<Map<String, Object>> rows = resources.publicCounts(region);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(Map.of("content", rows));
        }
        TabularFormat f = TabularFormat.of(format);
        List<String> columns = List.of("typeCode", "areaCode", "resources", "quantity");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (TableWriter w = tables.writer(f, out, "counts")) {
            w.header(columns);
            for (Map<String, Object> r : rows) {
                List<Object> values = new ArrayList<>();
                columns.forEach(c -> values.add(r.get(c)));
                w.row(values);
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"resource-counts." + f.extension() + "\"")
                .body(out.toByteArray());
    }

    @Bean
    static PublicLink resourceCountsLink() {
        return new PublicLink(
                50,
                "/api/v1/public/resources/counts?format=csv",
                "resource.public.counts",
                "resource.public.counts.description");
    }
}
