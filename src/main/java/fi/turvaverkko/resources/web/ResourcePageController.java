package fi.turvaverkko.resources.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.resources.NearestResource;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.resources.domain.NearestSearch;
import fi.turvaverkko.resources.domain.ResourceFiles;
import fi.turvaverkko.resources.domain.ResourceRegistry;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** The registry's pages: list, details, create, edit, verify, delete, nearest search and import. */
@Controller
class ResourcePageController {

    private final ResourceRegistry resources;
    private final NearestSearch search;
    private final ResourceFiles files;
    private final Messages messages;
    private final JsonMapper json;
    private final ResourceLabels labels;

    ResourcePageController(
            ResourceRegistry resources,
            NearestSearch search,
            ResourceFiles files,
            Messages messages,
            JsonMapper json,
            ResourceLabels labels) {
        this.search = search;
        this.files = files;
        this.resources = resources;
        this.messages = messages;
        this.json = json;
        this.labels = labels;
    }

    @GetMapping("/resources")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String function,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String availability,
            @RequestParam(required = false) Boolean mine,
            @RequestParam(required = false) Boolean verificationDue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("function", function);
        model.addAttribute("area", area);
        model.addAttribute("availability", availability);
        model.addAttribute("mine", mine);
        model.addAttribute("verificationDue", verificationDue);
        var result = resources.list(
                new ResourceService.Filter(q, type, function, null, area, availability, null, mine, verificationDue),
                PageParams.of(page, 20, sort));
        model.addAttribute("result", result);
        model.addAttribute("names", labels.names(result.content()));
        model.addAttribute("canCreate", resources.canCreate());
        return Views.pageOrFragment(request, "resources/list", "results");
    }

    @GetMapping("/resources/new")
    String initCreate(Model model) {
        if (!resources.canCreate()) {
            throw new ForbiddenException();
        }
        var mine = CurrentUser.get().actorIds();
        model.addAttribute(
                "form",
                ResourceForm.empty(
                        mine.size() == 1 ? String.valueOf(mine.iterator().next()) : ""));
        return "resources/form";
    }

    @PostMapping("/resources/new")
    String processCreate(
            @ModelAttribute("form") ResourceForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ResourceView created = resources.create(form.toDraft());
                redirect.addFlashAttribute("notice", messages.get("resource.created", created.name()));
                return "redirect:/resources/" + created.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return "resources/form";
    }

    @GetMapping("/resources/{id}")
    String show(@PathVariable String id, Model model) {
        ResourceView r = resources.get(id);
        model.addAttribute("resource", r);
        model.addAttribute("type", labels.typeOf(r.typeCode()));
        model.addAttribute("canEdit", resources.canEdit(r));
        model.addAttribute("points", points(List.of(r)));
        return "resources/resource";
    }

    @GetMapping("/resources/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        ResourceView r = resources.get(id);
        if (!resources.canEdit(r)) {
            throw new ForbiddenException();
        }
        model.addAttribute("form", ResourceForm.of(r));
        model.addAttribute("existing", r);
        return "resources/form";
    }

    @PostMapping("/resources/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("form") ResourceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ResourceView existing = resources.get(id);
        if (!binding.hasErrors()) {
            try {
                resources.update(id, form.version(), form.toDraft());
                redirect.addFlashAttribute("notice", messages.get("resource.saved", form.name()));
                return "redirect:/resources/" + id;
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "resources/form";
    }

    @PostMapping("/resources/{id}/verify")
    String verify(@PathVariable String id, RedirectAttributes redirect) {
        ResourceView r = resources.verify(id);
        redirect.addFlashAttribute("notice", messages.get("resource.verified", r.name()));
        return "redirect:/resources/" + id;
    }

    @PostMapping("/resources/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        ResourceView r = resources.get(id);
        try {
            resources.delete(id);
            redirect.addFlashAttribute("notice", messages.get("resource.deleted", r.name()));
            return "redirect:/resources?mine=true";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/resources/" + id;
        }
    }

    @GetMapping("/resources/nearest")
    String nearest(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer minLevel,
            @RequestParam(required = false) String minQuantity,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String lat,
            @RequestParam(required = false) String lon,
            @RequestParam(required = false) String radiusKm,
            Model model) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("type", type);
        q.put("minLevel", minLevel);
        q.put("minQuantity", minQuantity);
        q.put("area", area);
        q.put("lat", lat);
        q.put("lon", lon);
        q.put("radiusKm", radiusKm == null ? "100" : radiusKm);
        model.addAttribute("q", q);
        boolean asked = type != null || area != null || lat != null;
        if (asked) {
            try {
                var query = new ResourceService.NearestQuery(
                        blank(type),
                        null,
                        null,
                        minLevel,
                        integer("minQuantity", minQuantity),
                        decimal("lat", lat),
                        decimal("lon", lon),
                        blank(area),
                        decimal("radiusKm", radiusKm),
                        20);
                List<NearestResource> hits = search.nearest(query);
                NearestSearch.SearchPoint from = search.point(query);
                model.addAttribute("hits", hits);
                model.addAttribute(
                        "names",
                        labels.names(
                                hits.stream().map(NearestResource::resource).toList()));
                model.addAttribute("from", from);
                List<Map<String, Object>> pts = new ArrayList<>();
                pts.add(Map.of(
                        "lat",
                        from.lat(),
                        "lon",
                        from.lon(),
                        "label",
                        messages.get("resource.nearest.from"),
                        "kind",
                        "from"));
                for (NearestResource h : hits) {
                    pts.add(point(h.resource()));
                }
                model.addAttribute("points", json.writeValueAsString(pts));
                model.addAttribute(
                        "areaIds",
                        String.join(
                                ",",
                                hits.stream()
                                        .map(h -> labels.areaId(h.resource().areaCode()))
                                        .distinct()
                                        .toList()));
            } catch (DomainException e) {
                List<String> errors = new ArrayList<>();
                if (e.problems().isEmpty()) {
                    errors.add(messages.get(e.messageKey(), e.args()));
                }
                e.problems().forEach(p -> errors.add(messages.get(p.messageKey(), p.args())));
                model.addAttribute("errors", errors);
            }
        }
        return "resources/nearest";
    }

    @GetMapping("/resources/import")
    String initImport() {
        return "resources/import";
    }

    @PostMapping("/resources/import")
    String processImport(
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new fi.turvaverkko.shared.InvalidInputException("file", "error.file.empty");
            }
            int n = files.importFile(file.getBytes());
            redirect.addFlashAttribute("notice", messages.get("resource.import.done", n));
            return "redirect:/resources?mine=true";
        } catch (DomainException e) {
            model.addAttribute("importError", messages.get(e.messageKey(), e.args()));
            model.addAttribute("problems", e.problems());
            return "resources/import";
        }
    }

    private String points(List<ResourceView> list) {
        List<Map<String, Object>> pts = new ArrayList<>();
        list.forEach(r -> pts.add(point(r)));
        return json.writeValueAsString(pts);
    }

    private Map<String, Object> point(ResourceView r) {
        return Map.of(
                "lat",
                r.lat(),
                "lon",
                r.lon(),
                "label",
                r.name() + " – " + labels.actor(r.ownerActorId()),
                "href",
                "/resources/" + r.id(),
                "kind",
                Boolean.TRUE.equals(r.locationExact()) ? "exact" : "area");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Integer integer(String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new fi.turvaverkko.shared.InvalidInputException(field, "error.import.integer", v);
        }
    }

    private static Double decimal(String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new fi.turvaverkko.shared.InvalidInputException(field, "error.import.number", v);
        }
    }

    @Bean
    static NavigationItem resourcesNavigation() {
        return new NavigationItem(50, "/resources", "nav.resources", NavigationItem.Audience.LOGGED_IN);
    }
}
