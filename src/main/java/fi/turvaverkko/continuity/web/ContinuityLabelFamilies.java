package fi.turvaverkko.continuity.web;

import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes the continuity pages show by their labels: the maturity levels 0–4. */
@Configuration(proxyBeanMethods = false)
class ContinuityLabelFamilies {

    @Bean
    static LabelFamilies continuityLabelKeys() {
        return LabelFamilies.of(LabelFamily.ordered("continuity.level.{}", List.of("0", "1", "2", "3", "4")));
    }
}
