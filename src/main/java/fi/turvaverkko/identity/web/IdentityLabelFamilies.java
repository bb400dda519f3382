package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.Role;
import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes the identity pages show by their labels: roles and the states of a user. */
@Configuration(proxyBeanMethods = false)
class IdentityLabelFamilies {

    @Bean
    static LabelFamilies identityLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.ordered(
                        "role.{}", Arrays.stream(Role.values()).map(Role::name).toList()),
                LabelFamily.ordered("user.status.{}", List.of("ACTIVE", "PENDING", "REJECTED", "DISABLED")));
    }
}
