package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.SituationPicture;
import fi.turvaverkko.operations.domain.RequestService;
import fi.turvaverkko.operations.domain.SitrepService;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * The disruption pages: the list, the form, and the live situation picture where the log is written,
 * resources are requested, offered and committed, and situation reports are issued; and CAP import.
 */
@Controller
class DisruptionPageController {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final DisruptionService disruptions;
    private final RequestService requests;
    private final SitrepService sitreps;
    private final SituationPageModel page;
    private final Messages messages;

    DisruptionPageController(
            DisruptionService disruptions,
            RequestService requests,
            SitrepService sitreps,
            SituationPageModel page,
            Messages messages) {
        this.disruptions = disruptions;
        this.requests = requests;
        this.sitreps = sitreps;
        this.page = page;
        this.messages = messages;
    }

    /** The log form as typed. */
    record LogForm(String kind, String text, String occurredAt, String lat, String lon, String correctsId) {}

    /** The request form as typed. */
    record RequestForm(String typeCode, String quantity, String neededBy, String areaCode, String description) {}

    /** The situation report form as typed. */
    record SitrepForm(String authorisedBy, String confidence, String summary) {}

    @GetMapping("/disruptions")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("result", disruptions.list(status, kind, null, q, PageParams.of(page, 20, sort)));
        model.addAttribute("canOpen", disruptions.canOpen());
        return Views.pageOrFragment(request, "operations/disruptions", "results");
    }

    @GetMapping("/disruptions/new")
    String initCreate(Model model) {
        if (!disruptions.canOpen()) {
            throw new ForbiddenException();
        }
        var own = fi.turvaverkko.identity.CurrentUser.get().authorityActorIds();
        model.addAttribute(
                "form",
                DisruptionForm.empty(
                        own.size() == 1 ? String.valueOf(own.iterator().next()) : ""));
        return "operations/disruption-form";
    }

    @PostMapping("/disruptions/new")
    String processCreate(
            @ModelAttribute("form") DisruptionForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                DisruptionView d = disruptions.create(form.toView());
                redirect.addFlashAttribute("notice", messages.get("disruption.created", d.title()));
                return "redirect:/disruptions/" + d.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return "operations/disruption-form";
    }

    @GetMapping("/disruptions/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        DisruptionView d = disruptions.get(id);
        if (!disruptions.canManage(d)) {
            throw new ForbiddenException();
        }
        model.addAttribute("form", DisruptionForm.of(d));
        model.addAttribute("existing", d);
        return "operations/disruption-form";
    }

    @PostMapping("/disruptions/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("form") DisruptionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        DisruptionView existing = disruptions.get(id);
        if (!binding.hasErrors()) {
            try {
                disruptions.update(id, form.toView());
                redirect.addFlashAttribute("notice", messages.get("disruption.saved", form.title()));
                return "redirect:/disruptions/" + id;
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "operations/disruption-form";
    }

    @GetMapping("/disruptions/{id}")
    String show(@PathVariable String id, Model model) {
        SituationPicture picture = disruptions.picture(id);
        fill(picture, model);
        if (!model.containsAttribute("logForm")) {
            model.addAttribute("logForm", new LogForm("OBSERVATION", "", "", "", "", ""));
        }
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", new RequestForm("", "1", "", "", ""));
        }
        if (!model.containsAttribute("sitrepForm")) {
            model.addAttribute("sitrepForm", new SitrepForm("", "MEDIUM", ""));
        }
        return "operations/disruption";
    }

    private void fill(SituationPicture picture, Model model) {
        page.fill(picture, model);
    }

    private String again(String id, Model model) {
        return show(id, model);
    }

    @PostMapping("/disruptions/{id}/status")
    String status(@PathVariable String id, @RequestParam(required = false) String status, RedirectAttributes redirect) {
        try {
            DisruptionView d = disruptions.changeStatus(id, status);
            redirect.addFlashAttribute(
                    "notice",
                    messages.get("disruption.statusChanged", messages.get("disruption.status." + d.status())));
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/disruptions/" + id;
    }

    @PostMapping("/disruptions/{id}/log")
    String addLog(
            @PathVariable String id,
            @ModelAttribute("logForm") LogForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            List<Problem> problems = new ArrayList<>();
            OffsetDateTime at = TypedInput.dateTime(problems, "occurredAt", form.occurredAt());
            Double lat = TypedInput.decimal(problems, "lat", form.lat());
            Double lon = TypedInput.decimal(problems, "lon", form.lon());
            InvalidInputException.throwIfAny(problems);
            disruptions.addLog(
                    id, new DisruptionService.LogCommand(form.kind(), form.text(), at, lat, lon, form.correctsId()));
            redirect.addFlashAttribute("notice", messages.get("log.added"));
            return "redirect:/disruptions/" + id + "#timeline";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            model.addAttribute("logErrors", true);
            return again(id, model);
        }
    }

    @PostMapping("/disruptions/{id}/requests")
    String request(
            @PathVariable String id,
            @ModelAttribute("requestForm") RequestForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            List<Problem> problems = new ArrayList<>();
            Integer quantity = TypedInput.integer(problems, "quantity", form.quantity());
            OffsetDateTime neededBy = TypedInput.dateTime(problems, "neededBy", form.neededBy());
            InvalidInputException.throwIfAny(problems);
            var created = requests.request(
                    id,
                    new RequestService.RequestCommand(
                            form.typeCode(),
                            quantity,
                            neededBy,
                            form.areaCode() == null || form.areaCode().isBlank() ? null : form.areaCode(),
                            null,
                            null,
                            form.description(),
                            List.of()));
            redirect.addFlashAttribute("notice", messages.get("request.created"));
            return "redirect:/disruptions/" + id + "#request-" + created.id();
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            model.addAttribute("requestErrors", true);
            return again(id, model);
        }
    }

    @PostMapping("/disruptions/{id}/sitreps")
    String issue(
            @PathVariable String id,
            @ModelAttribute("sitrepForm") SitrepForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            var issued = sitreps.issue(
                    id,
                    new SitrepService.SitrepCommand(
                            null, null, form.authorisedBy(), form.confidence(), form.summary()));
            redirect.addFlashAttribute("notice", messages.get("sitrep.issued", issued.number()));
            return "redirect:/disruptions/" + id + "#sitreps";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return again(id, model);
        }
    }

    @PostMapping("/requests/{id}/offers")
    String offer(
            @PathVariable String id,
            @RequestParam(required = false) String resourceId,
            @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        var r = requests.get(id);
        try {
            List<Problem> problems = new ArrayList<>();
            Integer q = TypedInput.integer(problems, "quantity", quantity);
            InvalidInputException.throwIfAny(problems);
            requests.offer(id, new RequestService.OfferCommand(resourceId, q, null, note));
            redirect.addFlashAttribute("notice", messages.get("offer.created"));
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/disruptions/" + r.disruptionId() + "#request-" + id;
    }

    @PostMapping("/offers/{id}/commit")
    String commit(
            @PathVariable String id, @RequestParam(required = false) String quantity, RedirectAttributes redirect) {
        OfferView o = requests.offer(id);
        var r = requests.get(o.requestId());
        try {
            List<Problem> problems = new ArrayList<>();
            Integer q = TypedInput.integer(problems, "quantity", quantity);
            InvalidInputException.throwIfAny(problems);
            requests.commit(id, new RequestService.CommitCommand(q, null));
            redirect.addFlashAttribute("notice", messages.get("commitment.created"));
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/disruptions/" + r.disruptionId() + "#request-" + r.id();
    }

    @PostMapping("/commitments/{id}/{action:deploy|release}")
    String move(@PathVariable String id, @PathVariable String action, RedirectAttributes redirect) {
        var c = requests.commitment(id);
        var r = requests.get(c.requestId());
        try {
            if (action.equals("deploy")) {
                requests.deploy(id);
            } else {
                requests.release(id);
            }
            redirect.addFlashAttribute("notice", messages.get("commitment.moved." + action));
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("problem", message(e));
        }
        return "redirect:/disruptions/" + r.disruptionId() + "#request-" + r.id();
    }

    private String message(DomainException e) {
        if (!e.problems().isEmpty()) {
            return messages.get(
                    e.problems().get(0).messageKey(), e.problems().get(0).args());
        }
        return messages.get(e.messageKey(), e.args());
    }

    @Bean
    static NavigationItem disruptionsNavigation() {
        return new NavigationItem(60, "/disruptions", "nav.disruptions", NavigationItem.Audience.LOGGED_IN);
    }
}
