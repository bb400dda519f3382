package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PageFrameContributor;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.ProblemFactory;
import fi.turvaverkko.platform.TimeFormat;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import tools.jackson.databind.json.JsonMapper;

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

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
            fi.turvaverkko.platform.db.DatabaseAvailability availability, UnavailableAnswer answer) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(availability, answer));
        // after the language is settled, before security: while the database is away nobody is
        // told that their password is wrong
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }

    /** Limits before work: see {@link BodyLimitFilter}; it runs right after the language is settled. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            List<BodyLimit> limits,
            @Value("${turvaverkko.max-body-size:1MB}") DataSize defaultMax,
            @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize multipartMax,
            ProblemFactory problems,
            JsonMapper json) {
        var registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits, defaultMax, multipartMax, problems, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }

    /**
     * Uploads as Spring Boot sets them up, but an error page never parses the upload it reports on
     * (that made the 413 of a too large upload an empty answer).
     */
    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
            }
        };
    }

    /**
     * An upload that went past the multipart limit while the container parsed it (one sent without a
     * length) gets the same 413 as one refused by its length: a problem detail or the error page.
     */
    @Bean
    HandlerExceptionResolver uploadTooLarge(
            @Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize multipartMax,
            ProblemFactory problems,
            JsonMapper json) {
        return new UploadTooLargeResolver(multipartMax.toBytes(), problems, json);
    }

    /**
     * {@code /error} is where the container shows an error page; asked for directly it is a page
     * that does not exist (404), not an error without a status (500).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorRequests() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        registration.addUrlPatterns("/error", "/error/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 13);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
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

    /**
     * The one binder of dates in forms: a {@link LocalDate} is shown as a date field's ISO value
     * (2026-12-07) and a {@link LocalDateTime} as a date-time field's (2026-12-07T14:05), whatever
     * the page's language, and both are read from that value or from text typed as 7.12.2026
     * (14.05). Without it Spring wrote the language's short form (1.1.2026), which the browser's
     * date field throws away, and a form saved unchanged lost its dates.
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public String print(LocalDate value, java.util.Locale locale) {
                return TimeFormat.isoDate(value);
            }

            @Override
            public LocalDate parse(String text, java.util.Locale locale) throws ParseException {
                LocalDate d = TimeFormat.parseDate(text);
                if (d == null) {
                    throw new ParseException(text, 0);
                }
                return d;
            }
        });
        registry.addFormatterForFieldType(LocalDateTime.class, new Formatter<LocalDateTime>() {
            @Override
            public String print(LocalDateTime value, java.util.Locale locale) {
                return TimeFormat.isoDateTime(value);
            }

            @Override
            public LocalDateTime parse(String text, java.util.Locale locale) throws ParseException {
                LocalDateTime t = TimeFormat.parseDateTime(text);
                if (t == null) {
                    throw new ParseException(text, 0);
                }
                return t;
            }
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageFrameInterceptor(navigation, contributors, properties));
    }
}
