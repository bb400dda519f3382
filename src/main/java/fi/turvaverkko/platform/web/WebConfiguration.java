package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PageFrameContributor;
import fi.turvaverkko.platform.PlatformProperties;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Languages, the page frame and the navigation every module contributes to. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final List<NavigationItem> navigation;
    private final List<PageFrameContributor> contributors;
    private final PlatformProperties properties;

    WebConfiguration(
            List<NavigationItem> navigation, List<PageFrameContributor> contributors, PlatformProperties properties) {
        this.navigation = navigation;
        this.contributors = contributors;
        this.properties = properties;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Bean
    FilterRegistrationBean<LanguageFilter> languageFilter(LocaleResolver localeResolver) {
        var registration = new FilterRegistrationBean<>(new LanguageFilter((LanguageResolver) localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageFrameInterceptor(navigation, contributors, properties));
    }
}
