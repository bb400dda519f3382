package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.domain.ApiTokens;
import fi.turvaverkko.identity.domain.LoginThrottle;
import fi.turvaverkko.identity.domain.ThrottledAuthenticationProvider;
import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.ProblemFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deny by default: the paths of docs/contract.md that anonymous callers may reach are listed here, admin
 * pages need ADMIN, everything else needs a login; finer rights are checked by each module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Paths anonymous callers may reach in the UI (docs/contract.md). */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/login",
        "/public/**",
        "/accessibility",
        "/privacy",
        "/register/**",
        "/error",
        "/css/**",
        "/js/**",
        "/img/**",
        "/fonts/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/liveness",
        "/actuator/health/readiness",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            UserDetailsLoader users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    ProblemResponses problemResponses(ProblemFactory problems, JsonMapper json) {
        return new ProblemResponses(problems, json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ApiTokens tokens, ProblemResponses problems, AuthenticationManager manager)
            throws Exception {
        // CSRF protects writes made with the session cookie, never calls that Basic or a bearer token
        // authenticated: both run before the CSRF check and mark the request when they did. Any other
        // Authorization header (empty, another scheme) does not spare a session write its token.
        // The anonymous self-registration and its confirmation have no session to protect (issue 6).
        RequestMatcher sessionWrites = (HttpServletRequest r) -> !SAFE_METHODS.contains(r.getMethod())
                && !BasicFilter.authenticatedByHeader(r)
                && !r.getRequestURI().equals("/api/v1/registrations")
                && !r.getRequestURI().startsWith("/api/v1/registrations/confirm/");
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/public/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/registrations")
                        .permitAll()
                        .requestMatchers("/api/v1/registrations/confirm/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, problems), CsrfFilter.class)
                .addFilterBefore(new BasicFilter(manager, problems), CsrfFilter.class)
                .csrf(c -> c.requireCsrfProtectionMatcher(sessionWrites))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(
            HttpSecurity http, AuthenticationManager manager, SessionRegistry sessions, PlatformProperties properties)
            throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        // the audit log: the admin and the coordinators, each seeing only what they may read
                        .requestMatchers("/admin/audit")
                        .hasAnyRole("ADMIN", "COORDINATOR")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .failureHandler(new LoginFailureHandler())
                        .successHandler(new LoginSuccessHandler())
                        .permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessions))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(contentSecurityPolicy(properties)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Only our own scripts and styles; map tiles may come from the configured tile server. */
    static String contentSecurityPolicy(PlatformProperties properties) {
        String tiles = "";
        String url = properties.map().tileUrl();
        if (StringUtils.hasText(url)) {
            try {
                URI u = URI.create(url.replace("{", "").replace("}", ""));
                tiles = " " + u.getScheme() + "://" + u.getHost().replaceFirst("^[a-z]\\.", "*.");
            } catch (RuntimeException e) {
                tiles = "";
            }
        }
        return "default-src 'self'; img-src 'self' data:" + tiles
                + "; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none';"
                + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    }
}
