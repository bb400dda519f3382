package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PageFrameContributor;
import fi.turvaverkko.platform.PlatformProperties;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

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

    /**
     * The app's own files under their folders only ({@code spring.web.resources.add-mappings=false}
     * turns off Boot's catch-all {@code /**}). With a catch-all, every link on every page was looked
     * up in the jar as a possible static file when the page was written, for the content-versioned
     * URLs of the CSS and JavaScript — most of a page's CPU time. Stylesheets and scripts get a
     * content hash in their URL; browsers keep every file an hour.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl hour = CacheControl.maxAge(Duration.ofHours(1));
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(hour)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/img/**")
                .addResourceLocations("classpath:/static/img/")
                .setCacheControl(hour)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(hour)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageFrameInterceptor(navigation, contributors, properties));
        registry.addInterceptor(new ControlCharacterInterceptor());
    }
}
