package fi.turvaverkko.audit.domain;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The filter that writes each request's entry of the restricted data it read (ADR 0024). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    FilterRegistrationBean<RestrictedReadsFilter> restrictedReadsFilter(AuditLog log) {
        var registration = new FilterRegistrationBean<>(new RestrictedReadsFilter(log));
        // outermost but for the language: the entry is written after everything inside has run
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        return registration;
    }
}
