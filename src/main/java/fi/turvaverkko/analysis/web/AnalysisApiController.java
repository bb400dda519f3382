package fi.turvaverkko.analysis.web;

import fi.turvaverkko.analysis.domain.CoverageService;
import fi.turvaverkko.analysis.domain.Finding;
import fi.turvaverkko.analysis.domain.FindingService;
import fi.turvaverkko.analysis.domain.FindingType;
import fi.turvaverkko.analysis.domain.HxlExport;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/analysis}: coverage (3W), gaps, blind spots, overlaps, findings and the HXL export. */
@RestController
@RequestMapping("/api/v1")
class AnalysisApiController {

    private final CoverageService coverage;
    private final FindingService findings;
    private final HxlExport hxl;
    private final PlatformProperties properties;

    AnalysisApiController(
            CoverageService coverage, FindingService findings, HxlExport hxl, PlatformProperties properties) {
        this.coverage = coverage;
        this.findings = findings;
        this.hxl = hxl;
        this.properties = properties;
    }

    /** The matrix as JSON: one row per municipality, a cell per theme with its measures and actors. */
    record CoverageJson(String regionCode, List<String> themes, List<Row> rows) {
        @Schema(name = "CoverageRow")
        record Row(String areaCode, String areaName, Map<String, CellJson> cells) {}

        /** {@code local}: aimed at the municipality or its sub-region; {@code wide}: of the whole region. */
        record CellJson(int measures, int local, int wide, int actors, List<String> measureIds) {}
    }

    @GetMapping("/analysis/coverage")
    CoverageJson coverage(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Boolean local) {
        var c = coverage.coverage(new CoverageService.Filter(
                defaultRegion(region), targetGroup, emphasis, year, sector, Boolean.TRUE.equals(local)));
        List<CoverageJson.Row> rows = new ArrayList<>();
        for (var a : c.rows()) {
            Map<String, CoverageJson.CellJson> cells = new java.util.LinkedHashMap<>();
            for (var t : c.themes()) {
                var cell = c.cell(a.code(), t.code());
                cells.put(
                        t.code(),
                        new CoverageJson.CellJson(
                                cell.measures(),
                                cell.local(),
                                cell.wide(),
                                cell.actors(),
                                cell.measureIds().stream().map(String::valueOf).toList()));
            }
            rows.add(new CoverageJson.Row(a.code(), a.localName(), cells));
        }
        return new CoverageJson(
                c.region().code(), c.themes().stream().map(t -> t.code()).toList(), rows);
    }

    @GetMapping("/analysis/gaps")
    PageResult<Finding> gaps(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return findings.list(
                new FindingService.Filter(area, FindingType.Group.GAP, null, status), PageParams.of(page, size, null));
    }

    @GetMapping("/analysis/blind-spots")
    PageResult<Finding> blindSpots(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return findings.list(
                new FindingService.Filter(area, FindingType.Group.BLIND_SPOT, null, status),
                PageParams.of(page, size, null));
    }

    @GetMapping("/analysis/overlaps")
    PageResult<Finding> overlaps(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return findings.list(
                new FindingService.Filter(area, FindingType.Group.OVERLAP, null, status),
                PageParams.of(page, size, null));
    }

    @GetMapping("/analysis/findings")
    PageResult<Finding> all(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) FindingType.Group group,
            @RequestParam(required = false) FindingType type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return findings.list(new FindingService.Filter(area, group, type, status), PageParams.of(page, size, null));
    }

    @GetMapping("/analysis/findings/{id}")
    Finding one(@PathVariable String id) {
        return findings.get(id);
    }

    /** The decision about a finding: {@code {"status": "HANDLED", "reason": "..."}}. */
    @Schema(name = "FindingDecision")
    record Decision(String status, String reason) {}

    @PutMapping("/analysis/findings/{id}")
    Finding decide(@PathVariable String id, @RequestBody Decision d) {
        return findings.decide(id, d.status(), d.reason());
    }

    @PostMapping("/analysis/findings/{id}")
    Finding decidePost(@PathVariable String id, @RequestBody Decision d) {
        return findings.decide(id, d.status(), d.reason());
    }

    @GetMapping("/analysis/coverage.hxl.csv")
    void hxl(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) String emphasis,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Boolean local,
            HttpServletResponse response)
            throws IOException {
        String code = defaultRegion(region);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"3w-" + code + ".hxl.csv\"");
        hxl.write(
                new CoverageService.Filter(code, targetGroup, emphasis, year, sector, Boolean.TRUE.equals(local)),
                response.getOutputStream());
    }

    /** The same for anyone: measures of public programmes only (planning publishes no others). */
    @GetMapping("/public/analysis/coverage.hxl.csv")
    void publicHxl(@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
        hxl(region, null, null, null, null, null, response);
    }

    private String defaultRegion(String region) {
        return region == null || region.isBlank() ? properties.region().defaultCode() : region;
    }
}
