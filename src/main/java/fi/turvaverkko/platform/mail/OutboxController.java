package fi.turvaverkko.platform.mail;

import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox: mail the service has sent or, without SMTP, kept for an admin to read. */
@Controller
class OutboxController {

    private final MailOutbox outbox;

    OutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String list(
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("recipient", recipient);
        model.addAttribute("result", outbox.list(recipient, PageParams.of(page, 20, sort)));
        return Views.pageOrFragment(request, "platform/outbox", "results");
    }

    @Bean
    static NavigationItem outboxNavigation() {
        return new NavigationItem(910, "/admin/outbox", "nav.outbox", NavigationItem.Audience.ADMIN);
    }
}
