package fi.turvaverkko.risks.web;

import fi.turvaverkko.risks.RiskMatrix;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.risks.RiskScenarioView;
import fi.turvaverkko.risks.domain.ScenarioCommand;
import fi.turvaverkko.risks.domain.ScenarioMatrix;
import fi.turvaverkko.risks.domain.ScenarioService;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.math.BigDecimal;
import java.net.URI;
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

/** {@code /api/v1/risks}: the scenarios of the regional risk assessment and the risk matrix. */
@RestController
@RequestMapping("/api/v1/risks")
class RiskApiController {

    private final ScenarioService scenarios;
    private final ScenarioMatrix matrices;

    RiskApiController(ScenarioService scenarios, ScenarioMatrix matrices) {
        this.scenarios = scenarios;
        this.matrices = matrices;
    }

    @GetMapping
    PageResult<RiskScenarioView> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer likelihood,
            @RequestParam(required = false) Integer impact,
            @RequestParam(required = false) Boolean residual,
            @RequestParam(required = false) BigDecimal minScore,
            @RequestParam(required = false) Boolean reviewOverdue,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String measure,
            @RequestParam(required = false) String resourceType,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return scenarios.list(
                new RiskScenarioService.Filter(
                        region,
                        area,
                        category,
                        theme,
                        q,
                        likelihood,
                        impact,
                        residual,
                        minScore,
                        reviewOverdue,
                        owner,
                        measure,
                        resourceType),
                PageParams.of(page, size, sort));
    }

    /** The matrix of a region: cells with their band and the scenarios in them. */
    @GetMapping("/matrix")
    RiskMatrix matrix(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) Boolean residual) {
        return matrices.matrix(new RiskScenarioService.Filter(
                region, area, category, theme, null, null, null, residual, null, null, null, null, null));
    }

    @GetMapping("/{id}")
    RiskScenarioView one(@PathVariable String id) {
        return scenarios.get(id);
    }

    @PostMapping
    ResponseEntity<RiskScenarioView> create(@RequestBody RiskScenarioView scenario) {
        RiskScenarioView created = scenarios.create(ScenarioCommand.of(scenario));
        return ResponseEntity.created(URI.create("/api/v1/risks/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    RiskScenarioView update(@PathVariable String id, @RequestBody RiskScenarioView scenario) {
        return scenarios.update(id, scenario.version(), ScenarioCommand.of(scenario));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        scenarios.delete(id);
        return ResponseEntity.noContent().build();
    }
}
