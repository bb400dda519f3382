package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page, the accessibility statement and the privacy notice. */
@Controller
class PublicPagesController {

    private final java.util.List<fi.turvaverkko.platform.PublicLink> links;

    PublicPagesController(java.util.List<fi.turvaverkko.platform.PublicLink> links) {
        this.links = links;
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/public")
    String openData(org.springframework.ui.Model model) {
        model.addAttribute(
                "links",
                links.stream()
                        .sorted(java.util.Comparator.comparingInt(fi.turvaverkko.platform.PublicLink::order))
                        .toList());
        return "platform/public";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem(0, "/", "nav.home", NavigationItem.Audience.EVERYONE);
    }
}
