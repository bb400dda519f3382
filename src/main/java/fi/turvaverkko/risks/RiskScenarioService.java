package fi.turvaverkko.risks;

import fi.turvaverkko.risks.domain.ScenarioMatrix;
import fi.turvaverkko.risks.domain.ScenarioService;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The regional risk assessment as other modules read it: scenarios as the caller may see them (a
 * restricted one only for authority users and the coordinator of its region, its read audited), and
 * the matrix counts for dashboards. SQL reads the views {@code risks.v_scenario} and its companions.
 */
@Service
public class RiskScenarioService {

    private final ScenarioService scenarios;
    private final ScenarioMatrix matrix;

    RiskScenarioService(ScenarioService scenarios, ScenarioMatrix matrix) {
        this.scenarios = scenarios;
        this.matrix = matrix;
    }

    /**
     * The filters of the list and the matrix: {@code region} and {@code area} are area codes (a
     * scenario matches an area when it names the area or one below it); {@code likelihood} and
     * {@code impact} pick a cell of the matrix (the residual one with {@code residual}).
     */
    public record Filter(
            String region,
            String area,
            String category,
            String theme,
            String q,
            Integer likelihood,
            Integer impact,
            Boolean residual,
            BigDecimal minScore,
            Boolean reviewOverdue,
            String owner,
            String measure,
            String resourceType) {

        public static Filter ofRegion(String region) {
            return new Filter(region, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The scenarios the caller may see, filtered and paged. */
    public PageResult<RiskScenarioView> list(Filter filter, PageParams paging) {
        return scenarios.list(filter, paging);
    }

    /** The scenario if the caller may read it; a read of a restricted one goes to the audit log. */
    public Optional<RiskScenarioView> find(String id) {
        return scenarios.find(id);
    }

    /**
     * The matrix with the number of scenarios in each cell only, for dashboards: no titles, so no
     * restricted scenario is read (and none is audited as read); the counts include restricted
     * scenarios only for those who may read them.
     */
    public RiskMatrix matrixCounts(Filter filter) {
        return matrix.matrixCounts(filter);
    }
}
