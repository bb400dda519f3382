package fi.turvaverkko.registration.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.registration.domain.JoinRequestCommand;
import fi.turvaverkko.registration.domain.JoinRequestService;
import fi.turvaverkko.registration.domain.MeasureProposalCommand;
import fi.turvaverkko.registration.domain.MeasureProposalService;
import fi.turvaverkko.registration.domain.RequestKind;
import fi.turvaverkko.registration.domain.ResourceOfferCommand;
import fi.turvaverkko.registration.domain.ResourceOfferService;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.PageParams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms to make a request, one page for every kind ({@code registration/request-form}) with the
 * kind's own fields: which group to join, the measure proposed, the resource offered.
 */
@Controller
class RequestFormController {

    private final JoinRequestService joins;
    private final MeasureProposalService proposals;
    private final ResourceOfferService offers;
    private final Groups groups;
    private final Actors actors;
    private final Messages messages;

    RequestFormController(
            JoinRequestService joins,
            MeasureProposalService proposals,
            ResourceOfferService offers,
            Groups groups,
            Actors actors,
            Messages messages) {
        this.joins = joins;
        this.proposals = proposals;
        this.offers = offers;
        this.groups = groups;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/join-requests/new")
    String initJoin(
            @RequestParam(required = false) String group, @RequestParam(required = false) String q, Model model) {
        if (!model.containsAttribute("request")) {
            model.addAttribute("request", new JoinRequestCommand(group, null, "MEMBER", ""));
        }
        model.addAttribute("q", q);
        JoinRequestCommand r = (JoinRequestCommand) model.getAttribute("request");
        List<Option> groupOptions = new ArrayList<>();
        if (r != null && r.groupId() != null && r.groupId().matches("\\d{1,18}")) {
            groups.find(Long.valueOf(r.groupId())).ifPresent(g -> groupOptions.add(option(g)));
        }
        groups
                .list(new GroupFilter(q, null, null, null, null), PageParams.first(q == null ? 200 : 50))
                .content()
                .stream()
                .filter(g -> groupOptions.stream().noneMatch(o -> o.value().equals(g.id())))
                .forEach(g -> groupOptions.add(option(g)));
        model.addAttribute("groupOptions", groupOptions);
        model.addAttribute(
                "roleOptions",
                List.of(
                        new Option("MEMBER", messages.get("membership.role.MEMBER")),
                        new Option("EXPERT", messages.get("membership.role.EXPERT"))));
        return form(model, RequestKind.JOIN);
    }

    @PostMapping("/join-requests/new")
    String processJoin(
            @ModelAttribute("request") JoinRequestCommand form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return send(
                binding,
                redirect,
                "joinRequest.sent",
                () -> joins.create(form).id(),
                RequestKind.JOIN,
                () -> initJoin(form.groupId(), null, model));
    }

    @GetMapping("/measure-proposals/new")
    String initProposal(Model model) {
        if (!model.containsAttribute("request")) {
            model.addAttribute(
                    "request",
                    new MeasureProposalCommand(null, "", "", List.of(), List.of(), List.of(), null, null, null));
        }
        model.addAttribute(
                "emphasisOptions",
                MeasureProposalService.EMPHASES.stream()
                        .map(e -> new Option(e, messages.get("emphasis." + e)))
                        .toList());
        return form(model, RequestKind.PROPOSAL);
    }

    @PostMapping("/measure-proposals/new")
    String processProposal(
            @ModelAttribute("request") MeasureProposalCommand form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return send(
                binding,
                redirect,
                "proposal.sent",
                () -> proposals.create(form).id(),
                RequestKind.PROPOSAL,
                () -> initProposal(model));
    }

    @GetMapping("/resource-offers/new")
    String initOffer(Model model) {
        if (!model.containsAttribute("request")) {
            model.addAttribute("request", new ResourceOfferCommand(null, "", "", "", 1, "", "AVAILABLE", null));
        }
        model.addAttribute(
                "availabilityOptions",
                ResourceOfferService.AVAILABILITIES.stream()
                        .map(a -> new Option(a, messages.get("resource.availability." + a)))
                        .toList());
        return form(model, RequestKind.OFFER);
    }

    @PostMapping("/resource-offers/new")
    String processOffer(
            @ModelAttribute("request") ResourceOfferCommand form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return send(
                binding,
                redirect,
                "offer.sent",
                () -> offers.create(form).id(),
                RequestKind.OFFER,
                () -> initOffer(model));
    }

    /**
     * Sends the request and shows it, or shows the form again with what was refused: a value the
     * form could not read, or the service's problems (403 is not the form's to show).
     */
    private String send(
            BindingResult binding,
            RedirectAttributes redirect,
            String noticeKey,
            Supplier<String> create,
            RequestKind kind,
            Supplier<String> formAgain) {
        if (binding.hasErrors()) {
            return formAgain.get();
        }
        try {
            String id = create.get();
            redirect.addFlashAttribute("notice", messages.get(noticeKey));
            return "redirect:" + kind.path() + "/" + id;
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return formAgain.get();
        }
    }

    /** The form of the kind, with the organisations the user may ask for. */
    private String form(Model model, RequestKind kind) {
        List<ActorView> own = actors.findAll(CurrentUser.get().actorIds());
        model.addAttribute(
                "actorOptions",
                own.stream()
                        .filter(a -> "ACTIVE".equals(a.status()))
                        .map(a -> new Option(a.id(), a.localName()))
                        .toList());
        model.addAttribute("kind", kind);
        return "registration/request-form";
    }

    private static Option option(GroupView g) {
        return new Option(g.id(), g.localName());
    }
}
