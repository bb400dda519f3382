package fi.turvaverkko.risks.domain;

import fi.turvaverkko.risks.RiskMatrix;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.risks.domain.RiskScenarioRepository.MatrixPoint;
import fi.turvaverkko.shared.LocalizedName;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The risk matrix of a region: likelihood by impact on the region's default scale (5×5 without one),
 * each cell with its band and its scenarios, or only their number for dashboards.
 */
@Service
public class ScenarioMatrix {

    private final RiskScenarioRepository repository;
    private final RiskScaleService scales;
    private final ScenarioFilters filters;
    private final ApplicationEventPublisher events;

    ScenarioMatrix(
            RiskScenarioRepository repository,
            RiskScaleService scales,
            ScenarioFilters filters,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.scales = scales;
        this.filters = filters;
        this.events = events;
    }

    public RiskMatrix matrix(RiskScenarioService.Filter f) {
        return matrix(f, true);
    }

    /**
     * The matrix with the number of scenarios in each cell only, for dashboards: no titles, so no
     * restricted scenario is read (and none is audited as read); the counts include restricted
     * scenarios only for those who may read them.
     */
    public RiskMatrix matrixCounts(RiskScenarioService.Filter f) {
        return matrix(f, false);
    }

    private RiskMatrix matrix(RiskScenarioService.Filter f, boolean withScenarios) {
        RiskScenarioRepository.Filter filter = filters.resolve(f);
        boolean residual = Boolean.TRUE.equals(f.residual());
        RiskScaleView scale = filter.regionId() == null
                ? null
                : scales.defaultFor(filter.regionId()).orElse(null);
        int n = scale == null ? 5 : scale.likelihoodLevels();
        int m = scale == null ? 5 : scale.impactLevels();
        // the matrix shows every cell: a cell filter picks the list below it, not the matrix
        RiskScenarioRepository.Filter all = new RiskScenarioRepository.Filter(
                filter.regionId(),
                filter.areaIds(),
                filter.category(),
                filter.theme(),
                filter.text(),
                null,
                null,
                residual,
                filter.minScore(),
                filter.reviewOverdue(),
                filter.ownerActorId(),
                filter.measureId(),
                filter.resourceType());
        Map<String, List<RiskMatrix.Entry>> cells = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (MatrixPoint p : repository.matrix(all, filters.visibility())) {
            Integer l = residual ? p.residualLikelihood() : Integer.valueOf(p.likelihood());
            Integer i = residual ? p.residualImpact() : Integer.valueOf(RiskScores.cell(p.meanImpact()));
            if (l == null || i == null) {
                continue;
            }
            l = Math.max(1, Math.min(n, l));
            i = Math.max(1, Math.min(m, i));
            counts.merge(l + "/" + i, 1, Integer::sum);
            total++;
            if (!withScenarios) {
                continue;
            }
            if (p.restricted()) {
                events.publishEvent(new RestrictedItemRead(ScenarioService.ITEM, String.valueOf(p.id()), "matrix"));
            }
            String title = LocalizedName.of(p.title(), p.titleSv(), p.titleEn()).in(LocaleContextHolder.getLocale());
            cells.computeIfAbsent(l + "/" + i, k -> new ArrayList<>())
                    .add(new RiskMatrix.Entry(
                            String.valueOf(p.id()), title, residual ? p.residualScore() : p.score(), p.restricted()));
        }
        List<RiskMatrix.Row> rows = new ArrayList<>();
        for (int l = n; l >= 1; l--) {
            List<RiskMatrix.Cell> row = new ArrayList<>();
            for (int i = 1; i <= m; i++) {
                List<RiskMatrix.Entry> in = cells.getOrDefault(l + "/" + i, List.of());
                row.add(new RiskMatrix.Cell(
                        l, i, RiskScores.band(l, i, n, m), counts.getOrDefault(l + "/" + i, 0), in));
            }
            rows.add(new RiskMatrix.Row(l, row));
        }
        return new RiskMatrix(
                filter.regionId() == null ? null : String.valueOf(filter.regionId()),
                scale == null ? null : scale.id(),
                n,
                m,
                residual,
                rows,
                total);
    }
}
