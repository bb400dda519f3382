package fi.turvaverkko.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object last = session.getAttribute(LoginFailureHandler.LAST_USERNAME);
        model.addAttribute("username", last == null ? "" : last);
        return "identity/login";
    }

    /** The login page again with the time to wait, for an attempt that came too early (ADR 0013). */
    @RequestMapping(LoginFailureHandler.THROTTLED_PATH)
    String throttled(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        if (!(request.getAttribute(LoginFailureHandler.RETRY_AFTER) instanceof Long seconds)) {
            return "redirect:/login";
        }
        response.setStatus(429);
        model.addAttribute("retryAfter", seconds);
        return login(session, model);
    }
}
