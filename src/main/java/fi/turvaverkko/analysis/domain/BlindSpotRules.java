package fi.turvaverkko.analysis.domain;

import static fi.turvaverkko.analysis.domain.FindingScope.area;
import static fi.turvaverkko.analysis.domain.FindingScope.format;
import static fi.turvaverkko.analysis.domain.FindingScope.scenario;
import static fi.turvaverkko.analysis.domain.FindingScope.scenarioName;

import fi.turvaverkko.analysis.domain.AnalysisRepository.MeasureRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ResourceRow;
import fi.turvaverkko.analysis.domain.AnalysisRepository.ScenarioRow;
import fi.turvaverkko.analysis.domain.FindingEngine.Area;
import fi.turvaverkko.analysis.domain.FindingEngine.CodeLabel;
import fi.turvaverkko.analysis.domain.RawFinding.ItemRef;
import fi.turvaverkko.shared.LocalizedName;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Blind spots: a municipality no active measure reaches, a target group none reaches there, a high
 * risk no active measure mitigates, and a high risk without the resources it needs nearby.
 */
final class BlindSpotRules {

    /** Below this many local measures, a municipality's missing target groups are not findings. */
    static final int TARGET_GROUPS_FROM = 3;

    private final FindingScope scope;

    BlindSpotRules(FindingScope scope) {
        this.scope = scope;
    }

    void blindAreas(List<Area> municipalities, List<RawFinding> out) {
        for (Area m : municipalities) {
            List<MeasureRow> local = scope.local(m);
            if (local.isEmpty()) {
                out.add(new RawFinding(
                        "BLIND_AREA:" + m.code(),
                        FindingType.BLIND_AREA,
                        m.id(),
                        "finding.reason.BLIND_AREA",
                        List.of(m.name()),
                        6,
                        List.of(area(m)),
                        null,
                        false));
            } else if (local.size() >= TARGET_GROUPS_FROM) {
                blindTargetGroups(m, local, out);
            }
        }
    }

    private void blindTargetGroups(Area m, List<MeasureRow> local, List<RawFinding> out) {
        for (String group : scope.in.targetGroups()) {
            boolean reached = local.stream()
                    .anyMatch(x ->
                            x.targetGroups().contains(group) || x.targetGroups().contains("WHOLE_POPULATION"));
            if (!reached) {
                out.add(new RawFinding(
                        "BLIND_TARGET_GROUP:" + m.code() + ":" + group,
                        FindingType.BLIND_TARGET_GROUP,
                        m.id(),
                        "finding.reason.BLIND_TARGET_GROUP",
                        List.of(new CodeLabel("target-groups", group), m.name(), local.size()),
                        3,
                        List.of(area(m)),
                        null,
                        false));
            }
        }
    }

    void unmitigatedRisks(List<MeasureRow> active, List<ScenarioRow> scenarios, List<RawFinding> out) {
        Set<Long> activeIds = new HashSet<>();
        active.forEach(m -> activeIds.add(m.id()));
        for (ScenarioRow s : scenarios) {
            if (s.score() < scope.settings.highRiskScore()) {
                continue;
            }
            if (s.measureIds().stream().noneMatch(activeIds::contains)) {
                out.add(new RawFinding(
                        "BLIND_UNMITIGATED_RISK:" + s.id(),
                        FindingType.BLIND_UNMITIGATED_RISK,
                        s.regionId(),
                        "finding.reason.BLIND_UNMITIGATED_RISK",
                        List.of(scenarioName(s), format(s.score())),
                        s.score(),
                        List.of(scenario(s)),
                        null,
                        s.restricted()));
            }
        }
    }

    void risksWithoutResources(List<ScenarioRow> scenarios, List<RawFinding> out) {
        double limit = scope.settings.resourceDistanceKm();
        for (ScenarioRow s : scenarios) {
            if (s.score() < scope.settings.highRiskScore() || s.resourceTypes().isEmpty()) {
                continue;
            }
            List<Area> places =
                    scope.scenarioAreas(s).stream().filter(a -> a.lat() != null).toList();
            if (places.isEmpty()) {
                continue;
            }
            for (String type : s.resourceTypes()) {
                boolean near = scope.in.resources().stream()
                        .filter(r -> r.type().equals(type))
                        .anyMatch(r -> places.stream().anyMatch(p -> distanceKm(p, r) <= limit));
                if (!near) {
                    out.add(new RawFinding(
                            "BLIND_NO_RESOURCES:" + s.id() + ":" + type,
                            FindingType.BLIND_NO_RESOURCES,
                            s.regionId(),
                            "finding.reason.BLIND_NO_RESOURCES",
                            List.of(scenarioName(s), new CodeLabel("resource-types", type), Math.round(limit)),
                            s.score() * 0.8,
                            List.of(
                                    scenario(s),
                                    new ItemRef(
                                            "RESOURCE_TYPE",
                                            type,
                                            new LocalizedName(type, null, null, null),
                                            "/resources?type=" + type)),
                            null,
                            s.restricted()));
                }
            }
        }
    }

    /** The great-circle distance from an area's centre to a resource, or the largest number without a place. */
    static double distanceKm(Area p, ResourceRow r) {
        if (r.lat() == null || r.lon() == null) {
            return Double.MAX_VALUE;
        }
        double dLat = Math.toRadians(r.lat() - p.lat());
        double dLon = Math.toRadians(r.lon() - p.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(p.lat()))
                        * Math.cos(Math.toRadians(r.lat()))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
