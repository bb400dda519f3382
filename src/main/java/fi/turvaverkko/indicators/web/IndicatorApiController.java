package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorCommand;
import fi.turvaverkko.indicators.domain.IndicatorImport;
import fi.turvaverkko.indicators.domain.IndicatorImportResult;
import fi.turvaverkko.indicators.domain.IndicatorTargetCommand;
import fi.turvaverkko.indicators.domain.IndicatorTargetView;
import fi.turvaverkko.indicators.domain.IndicatorTargets;
import fi.turvaverkko.indicators.domain.IndicatorValues;
import fi.turvaverkko.indicators.domain.Indicators;
import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/indicators}: definitions, their targets and linked measures, and the import of values. */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final Indicators indicators;
    private final IndicatorTargets targets;
    private final IndicatorImport imports;

    IndicatorApiController(Indicators indicators, IndicatorTargets targets, IndicatorImport imports) {
        this.indicators = indicators;
        this.targets = targets;
        this.imports = imports;
    }

    @GetMapping
    PageResult<IndicatorView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String polarity,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return indicators.list(new Indicators.Filter(q, source, kind, polarity), PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    IndicatorView one(@PathVariable String id) {
        return indicators.get(id);
    }

    @PostMapping
    ResponseEntity<IndicatorView> create(@RequestBody IndicatorView indicator) {
        IndicatorView created = indicators.create(IndicatorCommand.of(indicator));
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    IndicatorView update(@PathVariable String id, @RequestBody IndicatorView indicator) {
        return indicators.update(id, indicator.version(), IndicatorCommand.of(indicator));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        indicators.delete(id);
        return ResponseEntity.noContent().build();
    }

    // targets

    @GetMapping("/{id}/targets")
    List<IndicatorTargetView> targets(@PathVariable String id) {
        return targets.of(id);
    }

    @GetMapping("/{id}/targets/{targetId}")
    IndicatorTargetView target(@PathVariable String id, @PathVariable String targetId) {
        return targets.get(id, targetId);
    }

    @PostMapping("/{id}/targets")
    ResponseEntity<IndicatorTargetView> addTarget(@PathVariable String id, @RequestBody IndicatorTargetView target) {
        IndicatorTargetView created = targets.add(id, IndicatorTargetCommand.of(target));
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + id + "/targets/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}/targets/{targetId}")
    IndicatorTargetView updateTarget(
            @PathVariable String id, @PathVariable String targetId, @RequestBody IndicatorTargetView target) {
        return targets.update(id, targetId, target.version(), IndicatorTargetCommand.of(target));
    }

    @DeleteMapping("/{id}/targets/{targetId}")
    ResponseEntity<Void> deleteTarget(@PathVariable String id, @PathVariable String targetId) {
        targets.delete(id, targetId);
        return ResponseEntity.noContent().build();
    }

    // measures of the planning module that aim to move the indicator

    /** The body of a link: {@code {"measureId": "…"}}. */
    record MeasureLink(String measureId) {}

    @GetMapping("/{id}/measures")
    List<MeasureLink> measures(@PathVariable String id) {
        return indicators.measureIds(id).stream().map(MeasureLink::new).toList();
    }

    @PostMapping("/{id}/measures")
    ResponseEntity<MeasureLink> linkMeasure(@PathVariable String id, @RequestBody MeasureLink link) {
        indicators.linkMeasure(id, link.measureId());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + id + "/measures/" + link.measureId()))
                .body(new MeasureLink(link.measureId().trim()));
    }

    @DeleteMapping("/{id}/measures/{measureId}")
    ResponseEntity<Void> unlinkMeasure(@PathVariable String id, @PathVariable String measureId) {
        indicators.unlinkMeasure(id, measureId);
        return ResponseEntity.noContent().build();
    }

    // import of values

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    IndicatorImportResult importFile(
            @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean replace)
            throws java.io.IOException {
        imports.requireImportRight();
        return imports.importValues(file.getBytes(), replace);
    }

    @PostMapping(
            value = "/import",
            consumes = {
                "text/csv",
                "text/plain",
                "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    IndicatorImportResult importBody(InputStream body, @RequestParam(defaultValue = "false") boolean replace)
            throws IOException {
        imports.requireImportRight();
        return imports.importValues(body.readAllBytes(), replace);
    }

    /** A file of values may be as large as any import ({@link TabularFiles#MAX_IMPORT}). */
    @Bean
    static BodyLimit indicatorImportLimit() {
        return new BodyLimit("/api/v1/indicators/import", TabularFiles.MAX_IMPORT);
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String format) {
        TabularFormat f = TabularFormat.of(format);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"indicator-values-template." + f.extension() + "\"")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(imports.template(f));
    }

    /** The columns of the import, for clients that build files. */
    @GetMapping("/import/columns")
    Map<String, List<String>> columns() {
        return Map.of("columns", IndicatorValues.COLUMNS);
    }
}
