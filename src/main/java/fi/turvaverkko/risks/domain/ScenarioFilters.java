package fi.turvaverkko.risks.domain;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.risks.domain.RiskScenarioRepository.Visibility;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the caller asks of the scenarios and may see of them: the filters of the list and the matrix
 * checked and turned into ids (400 naming every bad one), and whether they read restricted scenarios.
 */
@Component
class ScenarioFilters {

    private final RiskRights rights;
    private final Areas areas;

    ScenarioFilters(RiskRights rights, Areas areas) {
        this.rights = rights;
        this.areas = areas;
    }

    Visibility visibility() {
        return new Visibility(rights.isAuthority(), rights.restrictedRegions());
    }

    RiskScenarioRepository.Filter resolve(RiskScenarioService.Filter f) {
        List<Problem> problems = new ArrayList<>();
        Long region = null;
        if (f.region() != null && !f.region().isBlank()) {
            AreaView r = areas.findByCode(f.region()).filter(AreaView::isRegion).orElse(null);
            if (r == null) {
                problems.add(Problem.field("region", "error.risk.unknownRegion", f.region()));
            } else {
                region = Long.valueOf(r.id());
            }
        }
        List<Long> areaIds = null;
        if (f.area() != null && !f.area().isBlank()) {
            AreaView a = areas.findByCode(f.area()).orElse(null);
            if (a == null) {
                problems.add(Problem.field("area", "error.risk.unknownArea", f.area()));
            } else {
                // a scenario of the area, of an area below it, or of an area above it (its region)
                areaIds = new ArrayList<>();
                for (AreaView x : areas.within(Long.valueOf(a.id()), null)) {
                    areaIds.add(Long.valueOf(x.id()));
                }
                for (AreaView x : areas.ancestry(Long.valueOf(a.id()))) {
                    areaIds.add(Long.valueOf(x.id()));
                }
            }
        }
        Long owner = null;
        if (f.owner() != null && !f.owner().isBlank()) {
            try {
                owner = Ids.parse(f.owner());
            } catch (NotFoundException e) {
                problems.add(Problem.field("owner", "error.risk.unknownOwner"));
            }
        }
        Long measure = null;
        if (f.measure() != null && !f.measure().isBlank()) {
            try {
                measure = Ids.parse(f.measure());
            } catch (NotFoundException e) {
                problems.add(Problem.field("measure", "error.risk.measureId", f.measure()));
            }
        }
        if (f.likelihood() != null && (f.likelihood() < 1 || f.likelihood() > ScaleRules.MAX_LEVELS)) {
            problems.add(Problem.field("likelihood", "error.risk.levelOutside", f.likelihood(), ScaleRules.MAX_LEVELS));
        }
        if (f.impact() != null && (f.impact() < 1 || f.impact() > ScaleRules.MAX_LEVELS)) {
            problems.add(Problem.field("impact", "error.risk.levelOutside", f.impact(), ScaleRules.MAX_LEVELS));
        }
        InvalidInputException.throwIfAny(problems);
        return new RiskScenarioRepository.Filter(
                region,
                areaIds,
                ScenarioService.blank(f.category()),
                ScenarioService.blank(f.theme()),
                f.q(),
                f.likelihood(),
                f.impact(),
                Boolean.TRUE.equals(f.residual()),
                f.minScore(),
                f.reviewOverdue(),
                owner,
                measure,
                ScenarioService.blank(f.resourceType()));
    }
}
