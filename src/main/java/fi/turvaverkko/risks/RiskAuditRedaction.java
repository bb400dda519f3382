package fi.turvaverkko.risks;

import fi.turvaverkko.risks.domain.RiskScenarioRepository;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.RestrictedItems;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The audit view of risk scenarios (ADR 0024): a restricted scenario's recorded values are shown only
 * to those who may read it (authority users, the coordinator of its region), and then recorded as
 * read. A scenario that is gone stays hidden unless its entry shows it was not restricted.
 */
@Component
class RiskAuditRedaction implements RestrictedItems {

    private final RiskScenarioRepository repository;
    private final RiskRights rights;
    private final ApplicationEventPublisher events;

    RiskAuditRedaction(RiskScenarioRepository repository, RiskRights rights, ApplicationEventPublisher events) {
        this.repository = repository;
        this.rights = rights;
        this.events = events;
    }

    @Override
    public boolean covers(String itemType) {
        return RiskScenarioService.ITEM.equals(itemType);
    }

    @Override
    public Set<String> hiddenFields(String itemType, String itemId, Map<String, Object> changes) {
        Optional<RiskScenarioView> s = itemId != null && itemId.matches("[0-9]{1,18}")
                ? repository.find(Long.parseLong(itemId))
                : Optional.empty();
        if (s.isEmpty()) {
            return Boolean.FALSE.equals(changes.get("restricted")) ? Set.of() : ALL;
        }
        if (!s.get().confidential()) {
            return Set.of();
        }
        if (!rights.canRead(s.get())) {
            return ALL;
        }
        // the log shows this user a restricted scenario's values: that is a read like any other
        events.publishEvent(new RestrictedItemRead(itemType, itemId, "audit"));
        return Set.of();
    }
}
