package fi.turvaverkko.registration.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.registration.domain.Decision;
import fi.turvaverkko.registration.domain.RegistrationService;
import fi.turvaverkko.registration.domain.RequestDesk;
import fi.turvaverkko.registration.domain.RequestFilter;
import fi.turvaverkko.registration.domain.RequestKind;
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
 * The pages of requests, one flow for every kind (join requests, measure proposals, resource
 * offers): the overview, a kind's list, and the page to read and answer one. The forms to make one
 * are {@link RequestFormController}'s.
 */
@Controller
class RequestPageController {

    /** The kinds' paths, as the mappings below take them. */
    private static final String KINDS = "{kind:join-requests|measure-proposals|resource-offers}";

    private final RequestDesk desk;
    private final RegistrationService registrations;
    private final Messages messages;

    RequestPageController(RequestDesk desk, RegistrationService registrations, Messages messages) {
        this.desk = desk;
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/requests")
    String overview(Model model) {
        model.addAttribute("answerRows", desk.latest(new RequestFilter("PENDING", null, true, null), 10));
        model.addAttribute("ownRows", desk.latest(new RequestFilter(null, null, null, true), 10));
        model.addAttribute("reviewsRegistrations", registrations.canReview());
        model.addAttribute("openRegistrations", registrations.openCount());
        model.addAttribute("asks", !CurrentUser.get().actorIds().isEmpty());
        model.addAttribute("kinds", RequestKind.values());
        return "registration/requests";
    }

    @GetMapping("/" + KINDS)
    String list(
            @PathVariable("kind") String path,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        RequestKind kind = RequestDesk.kind(path);
        RequestFilter filter =
                new RequestFilter(status, null, "answer".equals(view) ? true : null, "own".equals(view) ? true : null);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("view", view);
        model.addAttribute("result", desk.list(kind, filter, PageParams.of(page, 20, sort)));
        return Views.pageOrFragment(request, "registration/request-list", "results");
    }

    @GetMapping("/" + KINDS + "/{id}")
    String show(@PathVariable("kind") String path, @PathVariable String id, Model model) {
        RequestKind kind = RequestDesk.kind(path);
        RequestDesk.Shown shown = desk.show(kind, id);
        model.addAttribute("kind", kind);
        model.addAttribute("item", shown.item());
        model.addAttribute("actorName", shown.actorName());
        model.addAttribute("subject", shown.subject());
        model.addAttribute("canAnswer", shown.canAnswer());
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new Decision(""));
        }
        return "registration/request";
    }

    @PostMapping("/" + KINDS + "/{id}/approve")
    String approve(@PathVariable("kind") String path, @PathVariable String id, RedirectAttributes redirect) {
        RequestKind kind = RequestDesk.kind(path);
        try {
            desk.approve(kind, id);
            redirect.addFlashAttribute("notice", messages.get("request.approved"));
        } catch (DomainException e) {
            if (e.status() != 409 && e.status() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:" + kind.path() + "/" + id;
    }

    @PostMapping("/" + KINDS + "/{id}/reject")
    String reject(
            @PathVariable("kind") String path,
            @PathVariable String id,
            @ModelAttribute("decision") Decision decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        RequestKind kind = RequestDesk.kind(path);
        try {
            desk.reject(kind, id, decision);
            redirect.addFlashAttribute("notice", messages.get("request.rejected"));
            return "redirect:" + kind.path() + "/" + id;
        } catch (DomainException e) {
            if (e.status() == 409) {
                redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
                return "redirect:" + kind.path() + "/" + id;
            }
            if (e.status() != 400) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(path, id, model);
        }
    }

    @Bean
    static NavigationItem requestsNavigation() {
        return new NavigationItem(60, "/requests", "nav.requests", NavigationItem.Audience.LOGGED_IN);
    }
}
