package fi.turvaverkko.indicators.web;

import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes the indicator pages show by their labels: how an area compares with its region. */
@Configuration(proxyBeanMethods = false)
class IndicatorLabelFamilies {

    @Bean
    static LabelFamilies indicatorLabelKeys() {
        return LabelFamilies.of(LabelFamily.ordered("indicator.versus.{}.short", List.of("better", "same", "worse")));
    }
}
