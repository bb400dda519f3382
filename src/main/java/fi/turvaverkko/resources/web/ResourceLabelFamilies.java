package fi.turvaverkko.resources.web;

import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes the resource pages show by their labels: kinds, units, levels and states of resources. */
@Configuration(proxyBeanMethods = false)
class ResourceLabelFamilies {

    @Bean
    static LabelFamilies resourceLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.of("resource.kind.{}", ResourceTypeView.KINDS),
                LabelFamily.of("resource.unit.{}", ResourceTypeView.UNITS),
                LabelFamily.ordered("resource.level.{}", List.of("1", "2", "3", "4")),
                LabelFamily.ordered("resource.availability.{}", ResourceView.AVAILABILITIES),
                LabelFamily.ordered("resource.agreement.{}", ResourceView.AGREEMENTS),
                LabelFamily.ordered("resource.confidentiality.{}", ResourceView.CONFIDENTIALITIES));
    }
}
