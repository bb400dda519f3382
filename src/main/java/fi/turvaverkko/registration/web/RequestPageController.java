package fi.turvaverkko.registration.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorService;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.GroupService;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.registration.Decision;
import fi.turvaverkko.registration.JoinRequestService;
import fi.turvaverkko.registration.JoinRequestView;
import fi.turvaverkko.registration.MeasureProposalService;
import fi.turvaverkko.registration.MeasureProposalView;
import fi.turvaverkko.registration.RegistrationService;
import fi.turvaverkko.registration.RequestFilter;
import fi.turvaverkko.registration.ResourceOfferService;
import fi.turvaverkko.registration.ResourceOfferView;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
 * The pages of requests: the overview, and for each kind (join requests, measure proposals,
 * resource offers) its list, the form to make one and the page to answer it.
 */
@Controller
class RequestPageController {

    private final JoinRequestService joins;
    private final MeasureProposalService proposals;
    private final ResourceOfferService offers;
    private final RegistrationService registrations;
    private final GroupService groups;
    private final ActorService actors;
    private final Messages messages;

    RequestPageController(
            JoinRequestService joins,
            MeasureProposalService proposals,
            ResourceOfferService offers,
            RegistrationService registrations,
            GroupService groups,
            ActorService actors,
            Messages messages) {
        this.joins = joins;
        this.proposals = proposals;
        this.offers = offers;
        this.registrations = registrations;
        this.groups = groups;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/requests")
    String overview(Model model) {
        PageParams first = PageParams.first(10);
        RequestFilter toAnswer = new RequestFilter("PENDING", null, true, null);
        RequestFilter own = new RequestFilter(null, null, null, true);
        var joinAnswer = joins.list(toAnswer, null, first);
        var proposalAnswer = proposals.list(toAnswer, first);
        var offerAnswer = offers.list(toAnswer, first);
        var joinOwn = joins.list(own, null, first);
        var proposalOwn = proposals.list(own, first);
        var offerOwn = offers.list(own, first);
        model.addAttribute("joinAnswer", joinAnswer);
        model.addAttribute("proposalAnswer", proposalAnswer);
        model.addAttribute("offerAnswer", offerAnswer);
        model.addAttribute("joinOwn", joinOwn);
        model.addAttribute("proposalOwn", proposalOwn);
        model.addAttribute("offerOwn", offerOwn);
        model.addAttribute("reviewsRegistrations", registrations.canReview());
        model.addAttribute("openRegistrations", registrations.openCount());
        model.addAttribute("asks", !CurrentUser.get().actorIds().isEmpty());
        List<String> actorIds = new ArrayList<>();
        List<String> groupIds = new ArrayList<>();
        for (PageResult<JoinRequestView> r : List.of(joinAnswer, joinOwn)) {
            r.content().forEach(j -> {
                actorIds.add(j.actorId());
                groupIds.add(j.groupId());
            });
        }
        proposalAnswer.content().forEach(p -> actorIds.add(p.actorId()));
        offerAnswer.content().forEach(o -> actorIds.add(o.actorId()));
        model.addAttribute("actorNames", actorNames(actorIds));
        model.addAttribute("groupNames", groupNames(groupIds));
        return "registration/requests";
    }

    // join requests

    @GetMapping("/join-requests")
    String joinList(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var result = joins.list(filter(status, view), null, PageParams.of(page, 20, sort));
        List<String> actorIds = new ArrayList<>();
        List<String> groupIds = new ArrayList<>();
        result.content().forEach(j -> {
            actorIds.add(j.actorId());
            groupIds.add(j.groupId());
        });
        model.addAttribute("actorNames", actorNames(actorIds));
        model.addAttribute("groupNames", groupNames(groupIds));
        return list(model, request, "join", status, view, result);
    }

    @GetMapping("/join-requests/new")
    String initJoin(
            @RequestParam(required = false) String group, @RequestParam(required = false) String q, Model model) {
        if (!model.containsAttribute("request")) {
            model.addAttribute(
                    "request",
                    new JoinRequestView(
                            null, group, null, "MEMBER", "", null, null, null, null, null, null, null, null));
        }
        model.addAttribute("q", q);
        List<Option> groupOptions = new ArrayList<>();
        JoinRequestView r = (JoinRequestView) model.getAttribute("request");
        if (r != null && r.groupId() != null && !r.groupId().isBlank()) {
            try {
                groups.find(Long.valueOf(r.groupId()))
                        .ifPresent(g -> groupOptions.add(new Option(g.id(), groupLabel(g))));
            } catch (NumberFormatException e) {
                // an id typed by hand: the service will refuse it
            }
        }
        groups
                .list(new GroupService.Filter(q, null, null, null, null), PageParams.first(q == null ? 200 : 50))
                .content()
                .stream()
                .filter(g -> groupOptions.stream().noneMatch(o -> o.value().equals(g.id())))
                .forEach(g -> groupOptions.add(new Option(g.id(), groupLabel(g))));
        model.addAttribute("groupOptions", groupOptions);
        model.addAttribute(
                "roleOptions",
                List.of(
                        new Option("MEMBER", messages.get("joinRequest.role.MEMBER")),
                        new Option("EXPERT", messages.get("joinRequest.role.EXPERT"))));
        ownActors(model);
        return "registration/join-form";
    }

    @PostMapping("/join-requests/new")
    String processJoin(
            @ModelAttribute("request") JoinRequestView form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            JoinRequestView created = joins.create(form);
            redirect.addFlashAttribute("notice", messages.get("joinRequest.sent"));
            return "redirect:/join-requests/" + created.id();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return initJoin(form.groupId(), null, model);
        }
    }

    @GetMapping("/join-requests/{id}")
    String showJoin(@PathVariable String id, Model model) {
        JoinRequestView r = joins.get(id);
        model.addAttribute("item", r);
        model.addAttribute("canAnswer", joins.canAnswer(r));
        model.addAttribute("actorNames", actorNames(List.of(r.actorId())));
        model.addAttribute("group", groups.find(Long.valueOf(r.groupId())).orElse(null));
        return detail(model, "join");
    }

    @PostMapping("/join-requests/{id}/approve")
    String approveJoin(@PathVariable String id, RedirectAttributes redirect) {
        return answer(() -> joins.approve(id), "request.approved", "/join-requests/" + id, redirect);
    }

    @PostMapping("/join-requests/{id}/reject")
    String rejectJoin(
            @PathVariable String id,
            @ModelAttribute("decision") Decision decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            joins.reject(id, decision);
            redirect.addFlashAttribute("notice", messages.get("request.rejected"));
            return "redirect:/join-requests/" + id;
        } catch (DomainException e) {
            return refused(e, binding, redirect, "/join-requests/" + id, () -> showJoin(id, model));
        }
    }

    // measure proposals

    @GetMapping("/measure-proposals")
    String proposalList(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var result = proposals.list(filter(status, view), PageParams.of(page, 20, sort));
        model.addAttribute(
                "actorNames",
                actorNames(result.content().stream()
                        .map(MeasureProposalView::actorId)
                        .toList()));
        return list(model, request, "proposal", status, view, result);
    }

    @GetMapping("/measure-proposals/new")
    String initProposal(Model model) {
        if (!model.containsAttribute("request")) {
            model.addAttribute(
                    "request",
                    new MeasureProposalView(
                            null, null, "", "", List.of(), List.of(), List.of(), null, null, null, null, null, null,
                            null, null, null, null, null));
        }
        model.addAttribute(
                "emphasisOptions",
                MeasureProposalService.EMPHASES.stream()
                        .map(e -> new Option(e, messages.get("proposal.emphasis." + e)))
                        .toList());
        ownActors(model);
        return "registration/proposal-form";
    }

    @PostMapping("/measure-proposals/new")
    String processProposal(
            @ModelAttribute("request") MeasureProposalView form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            MeasureProposalView created = proposals.create(form);
            redirect.addFlashAttribute("notice", messages.get("proposal.sent"));
            return "redirect:/measure-proposals/" + created.id();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return initProposal(model);
        }
    }

    @GetMapping("/measure-proposals/{id}")
    String showProposal(@PathVariable String id, Model model) {
        MeasureProposalView p = proposals.get(id);
        model.addAttribute("item", p);
        model.addAttribute("canAnswer", proposals.canAnswer(p));
        model.addAttribute("canHandOver", proposals.canHandOver());
        model.addAttribute("actorNames", actorNames(List.of(p.actorId())));
        return detail(model, "proposal");
    }

    @PostMapping("/measure-proposals/{id}/approve")
    String approveProposal(@PathVariable String id, RedirectAttributes redirect) {
        return answer(() -> proposals.approve(id), "request.approved", "/measure-proposals/" + id, redirect);
    }

    @PostMapping("/measure-proposals/{id}/reject")
    String rejectProposal(
            @PathVariable String id,
            @ModelAttribute("decision") Decision decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            proposals.reject(id, decision);
            redirect.addFlashAttribute("notice", messages.get("request.rejected"));
            return "redirect:/measure-proposals/" + id;
        } catch (DomainException e) {
            return refused(e, binding, redirect, "/measure-proposals/" + id, () -> showProposal(id, model));
        }
    }

    // resource offers

    @GetMapping("/resource-offers")
    String offerList(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var result = offers.list(filter(status, view), PageParams.of(page, 20, sort));
        model.addAttribute(
                "actorNames",
                actorNames(result.content().stream()
                        .map(ResourceOfferView::actorId)
                        .toList()));
        return list(model, request, "offer", status, view, result);
    }

    @GetMapping("/resource-offers/new")
    String initOffer(Model model) {
        if (!model.containsAttribute("request")) {
            model.addAttribute(
                    "request",
                    new ResourceOfferView(
                            null,
                            null,
                            "",
                            "",
                            "",
                            1,
                            "",
                            "AVAILABLE",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        model.addAttribute(
                "availabilityOptions",
                ResourceOfferService.AVAILABILITIES.stream()
                        .map(a -> new Option(a, messages.get("offer.availability." + a)))
                        .toList());
        ownActors(model);
        return "registration/offer-form";
    }

    @PostMapping("/resource-offers/new")
    String processOffer(
            @ModelAttribute("request") ResourceOfferView form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return initOffer(model);
        }
        try {
            ResourceOfferView created = offers.create(form);
            redirect.addFlashAttribute("notice", messages.get("offer.sent"));
            return "redirect:/resource-offers/" + created.id();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return initOffer(model);
        }
    }

    @GetMapping("/resource-offers/{id}")
    String showOffer(@PathVariable String id, Model model) {
        ResourceOfferView o = offers.get(id);
        model.addAttribute("item", o);
        model.addAttribute("canAnswer", offers.canAnswer(o));
        model.addAttribute("canHandOver", offers.canHandOver());
        model.addAttribute("actorNames", actorNames(List.of(o.actorId())));
        return detail(model, "offer");
    }

    @PostMapping("/resource-offers/{id}/approve")
    String approveOffer(@PathVariable String id, RedirectAttributes redirect) {
        return answer(() -> offers.approve(id), "request.approved", "/resource-offers/" + id, redirect);
    }

    @PostMapping("/resource-offers/{id}/reject")
    String rejectOffer(
            @PathVariable String id,
            @ModelAttribute("decision") Decision decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            offers.reject(id, decision);
            redirect.addFlashAttribute("notice", messages.get("request.rejected"));
            return "redirect:/resource-offers/" + id;
        } catch (DomainException e) {
            return refused(e, binding, redirect, "/resource-offers/" + id, () -> showOffer(id, model));
        }
    }

    // helpers

    private static RequestFilter filter(String status, String view) {
        return new RequestFilter(status, null, "answer".equals(view) ? true : null, "own".equals(view) ? true : null);
    }

    private String list(
            Model model, HttpServletRequest request, String kind, String status, String view, PageResult<?> result) {
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("view", view);
        model.addAttribute("result", result);
        return Views.pageOrFragment(request, "registration/request-list", "results");
    }

    private String detail(Model model, String kind) {
        model.addAttribute("kind", kind);
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new Decision(""));
        }
        return "registration/request";
    }

    private String answer(Supplier<?> action, String noticeKey, String back, RedirectAttributes redirect) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", messages.get(noticeKey));
        } catch (DomainException e) {
            if (e.status() != 409 && e.status() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:" + back;
    }

    private String refused(
            DomainException e, BindingResult binding, RedirectAttributes redirect, String back, Supplier<String> page) {
        if (e.status() == 409) {
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:" + back;
        }
        if (e.status() != 400) {
            throw e;
        }
        FormErrors.bind(e, binding);
        return page.get();
    }

    private void ownActors(Model model) {
        List<ActorView> own = actors.findAll(CurrentUser.get().actorIds());
        model.addAttribute(
                "actorOptions",
                own.stream()
                        .filter(a -> "ACTIVE".equals(a.status()))
                        .map(a -> new Option(a.id(), a.localName()))
                        .toList());
    }

    private String groupLabel(GroupView g) {
        return g.localName();
    }

    private Map<String, String> actorNames(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<Long> keys = ids.stream()
                .filter(s -> s != null && s.matches("\\d+"))
                .map(Long::valueOf)
                .distinct()
                .toList();
        actors.findAll(keys).forEach(a -> names.put(a.id(), a.localName()));
        return names;
    }

    private Map<String, String> groupNames(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        ids.stream()
                .filter(s -> s != null && s.matches("\\d+"))
                .distinct()
                .forEach(id -> groups.find(Long.valueOf(id)).ifPresent(g -> names.put(g.id(), g.localName())));
        return names;
    }

    @Bean
    static NavigationItem requestsNavigation() {
        return new NavigationItem(60, "/requests", "nav.requests", NavigationItem.Audience.LOGGED_IN);
    }
}
