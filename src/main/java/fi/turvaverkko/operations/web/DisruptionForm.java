package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.DisruptionView;
import java.util.List;

/** The disruption form as typed; areas are chosen as municipality codes. */
record DisruptionForm(
        String kind,
        String title,
        String severity,
        String leadActorId,
        List<String> areaCodes,
        String riskScenarioId,
        String description,
        Boolean publicAlert,
        String publicSummary,
        Long version) {

    static DisruptionForm empty(String lead) {
        return new DisruptionForm("", "", "MODERATE", lead, List.of(), "", "", false, "", null);
    }

    static DisruptionForm of(DisruptionView d) {
        return new DisruptionForm(
                d.kind(),
                d.title(),
                d.severity(),
                d.leadActorId(),
                d.areaCodes(),
                d.riskScenarioId(),
                d.description(),
                d.publicAlert(),
                d.publicSummary(),
                d.version());
    }

    DisruptionView toView() {
        return new DisruptionView(
                null,
                kind,
                title,
                description,
                severity,
                null,
                leadActorId == null || leadActorId.isBlank() ? null : leadActorId,
                null,
                areaCodes == null ? List.of() : areaCodes,
                riskScenarioId,
                publicAlert,
                publicSummary,
                null,
                null,
                version);
    }
}
