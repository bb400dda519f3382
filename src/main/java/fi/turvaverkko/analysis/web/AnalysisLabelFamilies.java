package fi.turvaverkko.analysis.web;

import fi.turvaverkko.analysis.domain.FindingType;
import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes the analysis pages show by their labels: kinds, groups and states of findings. */
@Configuration(proxyBeanMethods = false)
class AnalysisLabelFamilies {

    @Bean
    static LabelFamilies analysisLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.of(
                        "finding.type.{}",
                        Arrays.stream(FindingType.values()).map(Enum::name).toList()),
                LabelFamily.of(
                        "finding.group.{}",
                        Arrays.stream(FindingType.Group.values())
                                .map(Enum::name)
                                .toList()),
                LabelFamily.ordered("finding.status.{}", List.of("OPEN", "HANDLED", "NOT_RELEVANT", "ALL")),
                LabelFamily.of(
                        "finding.item.{}",
                        List.of("AREA", "GOAL", "INDICATOR", "MEASURE", "RESOURCE_TYPE", "SCENARIO")),
                LabelFamily.ordered("finding.missing.{}", List.of("UP", "DOWN", "MEASURES")));
    }
}
