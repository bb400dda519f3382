package fi.turvaverkko.registration.web;

import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.registration.domain.Decision;
import fi.turvaverkko.registration.domain.RegistrationCommand;
import fi.turvaverkko.registration.domain.RegistrationService;
import fi.turvaverkko.registration.domain.RegistrationView;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration pages: the public form, the confirmation of the address, and the coordinator's
 * list and decision pages.
 */
@Controller
class RegistrationPageController {

    private final RegistrationService registrations;
    private final Messages messages;

    RegistrationPageController(RegistrationService registrations, Messages messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/register")
    String initRegister(Model model) {
        model.addAttribute("registration", new RegistrationCommand("", "", "", "", "", "", null));
        return "registration/register";
    }

    @PostMapping("/register")
    String processRegister(
            @ModelAttribute("registration") RegistrationCommand cmd,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        try {
            registrations.register(cmd, request.getRemoteAddr());
            return "redirect:/register/sent";
        } catch (DomainException e) {
            if (e.status() == 429) {
                binding.reject(e.messageKey(), e.args(), e.messageKey());
            } else {
                FormErrors.bind(e, binding);
            }
            return "registration/register";
        }
    }

    @GetMapping("/register/sent")
    String sent() {
        return "registration/sent";
    }

    @GetMapping("/register/confirm/{token}")
    String initConfirm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", registrations.tokenIsValid(token));
        return "registration/confirm";
    }

    @PostMapping("/register/confirm/{token}")
    String processConfirm(@PathVariable String token, Model model) {
        try {
            registrations.confirm(token);
            model.addAttribute("confirmed", true);
        } catch (DomainException e) {
            model.addAttribute("valid", false);
        }
        model.addAttribute("token", token);
        return "registration/confirm";
    }

    // the coordinator

    @GetMapping("/registrations")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean confirmed,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("q", q);
        model.addAttribute("result", registrations.list(status, confirmed, q, PageParams.of(page, 20, sort)));
        return Views.pageOrFragment(request, "registration/registrations", "results");
    }

    @GetMapping("/registrations/{id}")
    String show(@PathVariable String id, Model model) {
        RegistrationView r = registrations.get(id);
        model.addAttribute("registration", r);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new Decision(""));
        }
        return "registration/registration";
    }

    @PostMapping("/registrations/{id}/approve")
    String approve(@PathVariable String id, Model model, RedirectAttributes redirect) {
        try {
            RegistrationView r = registrations.approve(id);
            redirect.addFlashAttribute("notice", messages.get("registration.approved", r.organisationName()));
        } catch (DomainException e) {
            if (e.status() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/registrations/" + id;
    }

    @PostMapping("/registrations/{id}/reject")
    String reject(
            @PathVariable String id,
            @ModelAttribute("decision") Decision decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            RegistrationView r = registrations.reject(id, decision);
            redirect.addFlashAttribute("notice", messages.get("registration.rejected", r.organisationName()));
            return "redirect:/registrations/" + id;
        } catch (DomainException e) {
            if (e.status() == 409) {
                redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
                return "redirect:/registrations/" + id;
            }
            if (e.status() != 400) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(id, model);
        }
    }

    @Bean
    static NavigationItem registerNavigation() {
        return new NavigationItem(90, "/register", "nav.register", NavigationItem.Audience.ANONYMOUS);
    }
}
