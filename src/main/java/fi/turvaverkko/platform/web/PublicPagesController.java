package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page, the accessibility statement and the privacy notice. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    String home() {
        return "platform/home";
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
