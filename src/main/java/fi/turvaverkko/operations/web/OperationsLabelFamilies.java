package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.LogEntryView;
import fi.turvaverkko.operations.domain.DisruptionStatus;
import fi.turvaverkko.operations.domain.ExerciseView;
import fi.turvaverkko.operations.domain.SitrepService;
import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The codes the operations pages show by their labels: kinds, states and severities of disruptions,
 * the situation log, requests, offers and commitments, situation reports and exercises.
 */
@Configuration(proxyBeanMethods = false)
class OperationsLabelFamilies {

    @Bean
    static LabelFamilies operationsLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.of("disruption.kind.{}", DisruptionView.KINDS),
                LabelFamily.ordered("disruption.status.{}", DisruptionStatus.ALL),
                LabelFamily.ordered("disruption.severity.{}", DisruptionView.SEVERITIES),
                LabelFamily.of("log.kind.{}", LogEntryView.KINDS),
                LabelFamily.of("request.status.{}", List.of("OPEN", "FILLED", "CANCELLED")),
                LabelFamily.ordered("offer.status.{}", List.of("OFFERED", "COMMITTED", "DECLINED", "WITHDRAWN")),
                LabelFamily.ordered("commitment.status.{}", List.of("COMMITTED", "DEPLOYED", "RELEASED")),
                LabelFamily.ordered("sitrep.confidence.{}", SitrepService.CONFIDENCES),
                LabelFamily.ordered("exercise.kind.{}", ExerciseView.KINDS));
    }
}
