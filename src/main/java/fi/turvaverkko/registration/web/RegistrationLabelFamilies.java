package fi.turvaverkko.registration.web;

import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import fi.turvaverkko.registration.domain.RequestKind;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The codes the registration pages show by their labels: states of registrations and requests, the
 * availabilities, emphases, and the titles of the three kinds of request.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationLabelFamilies {

    /** The prefixes of the message keys of the kinds of request ({@code joinRequest}, {@code proposal}, {@code offer}). */
    static final List<String> KINDS =
            Arrays.stream(RequestKind.values()).map(RequestKind::messages).toList();

    @Bean
    static LabelFamilies registrationLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.ordered("registration.status.{}", List.of("RECEIVED", "CONFIRMED", "APPROVED", "REJECTED")),
                LabelFamily.of("request.status.{}", List.of("PENDING", "APPROVED", "REJECTED")),
                LabelFamily.of("{}.title", KINDS),
                LabelFamily.of("{}.list.title", KINDS),
                LabelFamily.of("{}.new", KINDS),
                LabelFamily.of("{}.new.description", KINDS),
                LabelFamily.of("{}.intro", KINDS),
                LabelFamily.of("{}.summary", KINDS));
    }
}
