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

    /** The rows of the privacy notice's table: what is kept, why and for how long. */
    static final java.util.List<String> PRIVACY_ROWS = java.util.List.of(
            "users", "contacts", "members", "audit", "mail", "registration", "signup", "requests", "continuity");

    @GetMapping("/privacy")
    String privacy(org.springframework.ui.Model model) {
        model.addAttribute("privacyRows", PRIVACY_ROWS);
        return "platform/privacy";
    }

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem(0, "/", "nav.home", NavigationItem.Audience.EVERYONE);
    }
}
