package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.domain.IndicatorValueCommand;
import fi.turvaverkko.indicators.domain.IndicatorValueView;
import fi.turvaverkko.indicators.domain.IndicatorValues;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
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

/** {@code /api/v1/indicator-values}: values per indicator, area and year, and their export. */
@RestController
@RequestMapping("/api/v1/indicator-values")
class IndicatorValueApiController {

    private final IndicatorValues values;

    IndicatorValueApiController(IndicatorValues values) {
        this.values = values;
    }

    @GetMapping
    PageResult<IndicatorValueView> list(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return values.list(
                new IndicatorValues.Filter(indicator, area, within, year, fromYear, toYear),
                PageParams.of(page, size, sort));
    }

    /** The values the filters select, in the import's columns: an export imports back. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(required = false) String format,
            HttpServletResponse response)
            throws IOException {
        TabularFormat f = TabularFormat.of(format);
        IndicatorValues.Filter filter = new IndicatorValues.Filter(indicator, area, within, year, fromYear, toYear);
        // refuse bad filters before the answer starts
        values.list(filter, PageParams.first(1));
        response.setContentType(f.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicator-values." + f.extension() + "\"");
        values.export(filter, f, response.getOutputStream());
    }

    @GetMapping("/{id}")
    IndicatorValueView one(@PathVariable String id) {
        return values.get(id);
    }

    @PostMapping
    ResponseEntity<IndicatorValueView> create(@RequestBody IndicatorValueView value) {
        IndicatorValueView created = values.create(IndicatorValueCommand.of(value));
        return ResponseEntity.created(URI.create("/api/v1/indicator-values/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    IndicatorValueView update(@PathVariable String id, @RequestBody IndicatorValueView value) {
        return values.update(id, value.version(), IndicatorValueCommand.of(value));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        values.delete(id);
        return ResponseEntity.noContent().build();
    }
}
