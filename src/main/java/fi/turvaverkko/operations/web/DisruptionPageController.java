package fi.turvaverkko.operations.web;

import fi.turvaverkko.operations.CapService;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.RequestService;
import fi.turvaverkko.operations.SitrepService;
import fi.turvaverkko.operations.SituationPicture;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceTypeService;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

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
    private final CapService cap;
    private final ResourceService resources;
    private final ResourceTypeService types;
    private final Messages messages;
    private final JsonMapper json;
    private final PlatformProperties platform;

    DisruptionPageController(
            DisruptionService disruptions,
            RequestService requests,
            SitrepService sitreps,
            CapService cap,
            ResourceService resources,
            ResourceTypeService types,
            Messages messages,
            JsonMapper json,
            PlatformProperties platform) {
        this.disruptions = disruptions;
        this.requests = requests;
        this.sitreps = sitreps;
        this.cap = cap;
        this.resources = resources;
        this.types = types;
        this.messages = messages;
        this.json = json;
        this.platform = platform;
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
        DisruptionView d = picture.disruption();
        model.addAttribute("d", d);
        model.addAttribute("picture", picture);
        model.addAttribute("canManage", disruptions.canManage(d));
        model.addAttribute("canLog", disruptions.canLog(d));
        model.addAttribute("nextStatuses", disruptions.nextStatuses(d));
        model.addAttribute("points", json.writeValueAsString(picture.points()));
        model.addAttribute("sitreps", sitreps.list(d.id()));
        Map<String, List<ResourceView>> offerable = new HashMap<>();
        Map<String, Boolean> canCommit = new HashMap<>();
        Map<String, String> typeNames = new HashMap<>();
        Map<String, String> resourceNames = new HashMap<>();
        List<ResourceView> mine = "CLOSED".equals(d.status())
                ? List.of()
                : resources
                        .list(
                                new ResourceService.Filter(null, null, null, null, null, null, null, true, null),
                                PageParams.first(1000))
                        .content();
        for (SituationPicture.RequestLine l : picture.requests()) {
            var r = l.request();
            ResourceTypeView type = types.findByCode(r.typeCode()).orElse(null);
            typeNames.put(r.id(), type == null ? r.typeCode() : type.localName());
            canCommit.put(r.id(), requests.canCommit(d, r));
            if ("OPEN".equals(r.status()) && type != null) {
                // the requested type first, then others of the same function
                offerable.put(
                        r.id(),
                        mine.stream()
                                .filter(x -> x.available() > 0 && !"UNAVAILABLE".equals(x.availability()))
                                .filter(x -> types.findByCode(x.typeCode())
                                        .map(t -> t.code().equals(type.code())
                                                || t.function().equals(type.function()))
                                        .orElse(false))
                                .sorted(java.util.Comparator.comparing(
                                        (ResourceView x) -> !x.typeCode().equals(type.code())))
                                .toList());
            }
            for (OfferView o : l.offers()) {
                resources.find(o.resourceId()).ifPresent(x -> resourceNames.put(o.resourceId(), x.name()));
            }
        }
        model.addAttribute("offerable", offerable);
        model.addAttribute("canCommit", canCommit);
        model.addAttribute("typeNames", typeNames);
        model.addAttribute("resourceNames", resourceNames);
        model.addAttribute("tileUrl", platform.map().tileUrl());
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
            OffsetDateTime at = dateTime(problems, "occurredAt", form.occurredAt());
            Double lat = decimal(problems, "lat", form.lat());
            Double lon = decimal(problems, "lon", form.lon());
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
            Integer quantity = integer(problems, "quantity", form.quantity());
            OffsetDateTime neededBy = dateTime(problems, "neededBy", form.neededBy());
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
            Integer q = integer(problems, "quantity", quantity);
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
            Integer q = integer(problems, "quantity", quantity);
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

    // CAP import

    @GetMapping("/cap/import")
    String initCap() {
        if (!disruptions.canOpen()) {
            throw new ForbiddenException();
        }
        return "operations/cap-import";
    }

    @PostMapping("/cap/import")
    String processCap(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "xml", required = false) String xml,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > fi.turvaverkko.operations.CapXml.MAX_BYTES) {
                    throw new DomainException(
                            413, "error.cap.tooLarge", fi.turvaverkko.operations.CapXml.MAX_BYTES / 1024);
                }
                content = file.getBytes();
            } else if (xml != null && !xml.isBlank()) {
                content = xml.getBytes(StandardCharsets.UTF_8);
            } else {
                throw new InvalidInputException("file", "error.file.empty");
            }
            CapService.ImportResult result = cap.importAlert(content);
            redirect.addFlashAttribute("notice", messages.get("cap.imported." + result.action()));
            return result.disruptionId() == null
                    ? "redirect:/disruptions"
                    : "redirect:/disruptions/" + result.disruptionId();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            List<String> errors = new ArrayList<>();
            if (e.problems().isEmpty()) {
                errors.add(messages.get(e.messageKey(), e.args()));
            }
            e.problems().forEach(p -> errors.add(messages.get(p.messageKey(), p.args())));
            model.addAttribute("errors", errors);
            model.addAttribute("xml", xml);
            return "operations/cap-import";
        }
    }

    // parsing what people type

    static Integer integer(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim().replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.import.integer", v));
            return null;
        }
    }

    static Double decimal(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.import.number", v));
            return null;
        }
    }

    /** A local time as 2026-01-31T14:30 (a datetime-local field) or d.M.yyyy H.mm, in Finnish time. */
    static OffsetDateTime dateTime(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        OffsetDateTime t = TimeFormat.parseFinnishTime(v);
        if (t == null) {
            problems.add(Problem.field(field, "error.dateTime", v));
        }
        return t;
    }

    @Bean
    static NavigationItem disruptionsNavigation() {
        return new NavigationItem(60, "/disruptions", "nav.disruptions", NavigationItem.Audience.LOGGED_IN);
    }
}
