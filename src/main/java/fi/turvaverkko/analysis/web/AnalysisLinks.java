package fi.turvaverkko.analysis.web;

import fi.turvaverkko.platform.PublicLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The open 3W data on the open-data page. */
@Configuration(proxyBeanMethods = false)
class AnalysisLinks {

    @Bean
    static PublicLink coverageOpenData() {
        return new PublicLink(
                40, "/api/v1/public/analysis/coverage.hxl.csv", "public.coverageHxl", "public.coverageHxl.description");
    }
}
