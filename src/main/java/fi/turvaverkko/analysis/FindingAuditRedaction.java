package fi.turvaverkko.analysis;

import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.shared.RestrictedItems;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The audit view of decisions on findings (ADR 0024): a finding about a risk scenario names it, and
 * the reason written for it may tell about it, so a restricted scenario's finding is shown only to
 * those who may read the scenario (whose read the risks module then records).
 */
@Component
class FindingAuditRedaction implements RestrictedItems {

    /** The findings whose key's second part is a risk scenario's id. */
    private static final Set<String> ABOUT_SCENARIOS =
            Set.of("GAP_RISK", "BLIND_UNMITIGATED_RISK", "BLIND_NO_RESOURCES", "STALE_SCENARIO");

    private final RiskScenarioService scenarios;

    FindingAuditRedaction(RiskScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Override
    public boolean covers(String itemType) {
        return "FINDING".equals(itemType);
    }

    @Override
    public Set<String> hiddenFields(String itemType, String itemId, Map<String, Object> changes) {
        String[] key = itemId == null ? new String[0] : itemId.split(":");
        if (key.length < 2 || !ABOUT_SCENARIOS.contains(key[0])) {
            return Set.of();
        }
        // gone, or restricted from this user: the reason stays hidden
        return scenarios.find(key[1]).isPresent() ? Set.of() : ALL;
    }
}
