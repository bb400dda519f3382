package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.platform.catalogue.CatalogueStore;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The texts the page frame and the platform's pages build from codes: the navigation and its
 * descriptions on the front page, the open-data links, the languages, the catalogues' names, the
 * states of outgoing mail and the rows of the privacy notice.
 */
@Configuration(proxyBeanMethods = false)
class PlatformLabelFamilies {

    @Bean
    static LabelFamilies platformLabelKeys(
            List<NavigationItem> navigation, List<PublicLink> links, CatalogueStore catalogues) {
        List<String> navKeys = navigation.stream().map(NavigationItem::labelKey).toList();
        List<String> keys = new ArrayList<>(navKeys);
        links.forEach(l -> {
            keys.add(l.labelKey());
            keys.add(l.descriptionKey());
        });
        return LabelFamilies.of(
                LabelFamily.of("{}", keys),
                LabelFamily.of("{}.description", navKeys),
                LabelFamily.ordered("lang.{}", Messages.LANGUAGES),
                LabelFamily.of("catalogue.name.{}", catalogues::catalogueNames),
                LabelFamily.ordered("outbox.status.{}", List.of("PENDING", "SENT", "FAILED", "OUTBOX")),
                LabelFamily.ordered("privacy.row.{}.data", PublicPagesController.PRIVACY_ROWS),
                LabelFamily.ordered("privacy.row.{}.why", PublicPagesController.PRIVACY_ROWS),
                LabelFamily.ordered("privacy.row.{}.howLong", PublicPagesController.PRIVACY_ROWS));
    }
}
