package fi.turvaverkko.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object last = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
        model.addAttribute("username", last == null ? "" : last);
        return "identity/login";
    }
}
