package fi.turvaverkko.risks.domain;

import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.risks.RiskScenarioView;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk scenarios of the regional risk assessment and their matrix. Every logged-in user reads the
 * scenarios that are not restricted; a restricted scenario exists only for authority users and the
 * coordinator of its region (404 for everyone else, and absent from every list, count and matrix);
 * the coordinator, the region's preparedness committee and the owner's users edit them.
 */
@Service
public class ScenarioService {

    /** The audit's item type of a scenario. */
    static final String ITEM = "RISK_SCENARIO";

    private final RiskScenarioRepository repository;
    private final ScenarioRules rules;
    private final ScenarioFilters filters;
    private final RiskRights rights;
    private final ApplicationEventPublisher events;

    ScenarioService(
            RiskScenarioRepository repository,
            ScenarioRules rules,
            ScenarioFilters filters,
            RiskRights rights,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.rules = rules;
        this.filters = filters;
        this.rights = rights;
        this.events = events;
    }

    public PageResult<RiskScenarioView> list(RiskScenarioService.Filter f, PageParams paging) {
        PageResult<RiskScenarioView> page = repository.list(filters.resolve(f), filters.visibility(), paging);
        page.content().forEach(this::read);
        return page;
    }

    /** Reports a restricted scenario handed to the caller to the audit log (ADR 0024). */
    private RiskScenarioView read(RiskScenarioView s) {
        if (s.confidential()) {
            events.publishEvent(new RestrictedItemRead(ITEM, s.id(), "scenario"));
        }
        return s;
    }

    /** The scenario, or 404 when it does not exist or the caller may not read it. */
    public RiskScenarioView get(String id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /** The scenario if the caller may read it; a read of a restricted one goes to the audit log. */
    public Optional<RiskScenarioView> find(String id) {
        long key;
        try {
            key = Ids.parse(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return repository.find(key).filter(rights::canRead).map(this::read);
    }

    /** The scenarios a measure of the planning module mitigates, as the caller may see them. */
    public List<RiskScenarioView> mitigatedBy(String measureId) {
        return repository.byMeasure(Ids.parse(measureId), filters.visibility()).stream()
                .map(this::read)
                .toList();
    }

    public boolean canEdit(RiskScenarioView s) {
        return rights.canEdit(s);
    }

    public boolean canDelete(RiskScenarioView s) {
        return rights.canDelete(s);
    }

    public boolean canCreateIn(Long regionId) {
        return rights.canCreateScenario(regionId);
    }

    /** May the user mark scenarios of this region restricted (read restricted ones)? */
    public boolean readsRestricted(Long regionId) {
        return rights.readsRestricted(regionId);
    }

    // changes

    @Transactional
    public RiskScenarioView create(ScenarioCommand s) {
        RiskScenarioRepository.Row row = rules.validate(s, List.of(), true);
        if (!rights.canCreateScenario(row.regionId())) {
            throw new ForbiddenException();
        }
        if (row.restricted() && !rights.readsRestricted(row.regionId())) {
            throw new ForbiddenException();
        }
        long id = repository.insert(row);
        RiskScenarioView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created(ITEM, id, created).onBehalfOf(row.ownerActorId()));
        return created;
    }

    @Transactional
    public RiskScenarioView update(String id, Long version, ScenarioCommand s) {
        RiskScenarioView before = get(id);
        if (!rights.canEdit(before)) {
            throw new ForbiddenException();
        }
        RiskScenarioRepository.Row row = rules.validate(s, before.measureIds(), true);
        if (!String.valueOf(row.regionId()).equals(before.regionId()) && !rights.canCreateScenario(row.regionId())) {
            throw new ForbiddenException();
        }
        if (row.restricted() != before.confidential() && !rights.readsRestricted(row.regionId())) {
            throw new ForbiddenException();
        }
        if (row.restricted() && !rights.readsRestricted(row.regionId())) {
            throw new ForbiddenException();
        }
        if (version == null || !repository.update(Long.parseLong(before.id()), version, row)) {
            throw new StaleVersionException(before);
        }
        RiskScenarioView after = get(id);
        events.publishEvent(ItemChanged.updated(ITEM, id, before, after).onBehalfOf(row.ownerActorId()));
        return after;
    }

    @Transactional
    public void delete(String id) {
        RiskScenarioView before = get(id);
        if (!rights.canDelete(before)) {
            throw new ForbiddenException();
        }
        repository.delete(Long.parseLong(before.id()));
        events.publishEvent(ItemChanged.deleted(ITEM, id, before));
    }

    /** Adds a scenario without checking rights, for demo and benchmark data. */
    @Transactional
    public RiskScenarioView load(RiskScenarioView s) {
        long id = repository.insert(rules.validate(ScenarioCommand.of(s), List.of(), false));
        return repository.find(id).orElseThrow();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
