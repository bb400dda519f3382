package fi.turvaverkko.risks.web;

import fi.turvaverkko.risks.domain.RiskScaleService;
import fi.turvaverkko.risks.domain.RiskScaleView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import java.util.List;
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

/** {@code /api/v1/risk-scales}: the likelihood and impact scales each region defines. */
@RestController
@RequestMapping("/api/v1/risk-scales")
class RiskScaleApiController {

    private final RiskScaleService scales;

    RiskScaleApiController(RiskScaleService scales) {
        this.scales = scales;
    }

    /** A region has a few scales at most: the page is cut from the whole list. */
    @GetMapping
    PageResult<RiskScaleView> list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageParams paging = PageParams.of(page, size, null);
        List<RiskScaleView> all = scales.list(region);
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.size());
        return PageResult.of(all.subList(from, to), paging, all.size());
    }

    /** The 2018 regional template, a starting point for a region's own scale. */
    @GetMapping("/template")
    RiskScaleView template() {
        return scales.template();
    }

    @GetMapping("/{id}")
    RiskScaleView one(@PathVariable String id) {
        return scales.get(id);
    }

    @PostMapping
    ResponseEntity<RiskScaleView> create(@RequestBody RiskScaleView scale) {
        RiskScaleView created = scales.create(scale);
        return ResponseEntity.created(URI.create("/api/v1/risk-scales/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    RiskScaleView update(@PathVariable String id, @RequestBody RiskScaleView scale) {
        return scales.update(id, scale);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        scales.delete(id);
        return ResponseEntity.noContent().build();
    }
}
