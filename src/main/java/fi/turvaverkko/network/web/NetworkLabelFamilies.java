package fi.turvaverkko.network.web;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.domain.MembershipView;
import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes the network pages show by their labels: levels of areas, states of meetings and action items, roles of members. */
@Configuration(proxyBeanMethods = false)
class NetworkLabelFamilies {

    @Bean
    static LabelFamilies networkLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.ordered(
                        "area.type.{}",
                        Arrays.stream(AreaType.values()).map(AreaType::name).toList()),
                LabelFamily.ordered("meeting.status.{}", MeetingView.STATUSES),
                LabelFamily.ordered("actionItem.status.{}", List.of("OPEN", "DONE", "CONVERTED")),
                LabelFamily.ordered("membership.role.{}", MembershipView.ROLES));
    }
}
