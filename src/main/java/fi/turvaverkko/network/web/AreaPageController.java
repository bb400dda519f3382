package fi.turvaverkko.network.web;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.AreaCommand;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.SvgMap;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.NotFoundException;
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

/** The area pages: the list, and each area with its small map, actors and groups. */
@Controller
class AreaPageController {

    private final AreaService areas;
    private final ActorService actors;
    private final GroupService groups;
    private final Messages messages;

    AreaPageController(AreaService areas, ActorService actors, GroupService groups, Messages messages) {
        this.areas = areas;
        this.actors = actors;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping("/areas")
    String list(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("type", type);
        model.addAttribute("within", within);
        model.addAttribute("q", q);
        model.addAttribute("result", areas.list(type, within, q, PageParams.of(page, 50, sort)));
        return Views.pageOrFragment(request, "network/areas", "results");
    }

    @GetMapping("/areas/{code}")
    String show(@PathVariable String code, Model model) {
        AreaView a = areas.findByCode(code).orElseThrow(NotFoundException::new);
        Long id = Long.valueOf(a.id());
        model.addAttribute("area", a);
        model.addAttribute("ancestry", areas.ancestry(id));
        model.addAttribute("children", areas.children(id));
        model.addAttribute("map", map(a));
        model.addAttribute(
                "actors",
                actors.list(
                        new fi.turvaverkko.network.ActorFilter(null, null, null, code, null), PageParams.first(15)));
        model.addAttribute("groups", groups.list(new GroupFilter(null, null, code, null, null), PageParams.first(15)));
        model.addAttribute(
                "leadActor",
                a.leadActorId() == null
                        ? null
                        : actors.find(Long.valueOf(a.leadActorId())).orElse(null));
        model.addAttribute("canEdit", areas.canEdit(a));
        return "network/area";
    }

    @GetMapping("/areas/{code}/edit")
    String initUpdate(@PathVariable String code, Model model) {
        AreaView a = areas.findByCode(code).orElseThrow(NotFoundException::new);
        if (!areas.canEdit(a)) {
            throw new ForbiddenException();
        }
        model.addAttribute("area", a);
        model.addAttribute("existing", a);
        return "network/area-form";
    }

    @PostMapping("/areas/{code}/edit")
    String processUpdate(
            @PathVariable String code,
            @ModelAttribute("area") AreaView area,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        AreaView existing = areas.findByCode(code).orElseThrow(NotFoundException::new);
        if (!binding.hasErrors()) {
            try {
                areas.update(existing.id(), AreaCommand.of(area));
                redirect.addFlashAttribute("notice", messages.get("area.saved", area.name()));
                return "redirect:/areas/" + code;
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "network/area-form";
    }

    /** The area drawn on the municipalities of its region; the country has no map. */
    String map(AreaView a) {
        if ("COUNTRY".equals(a.type())) {
            return "";
        }
        SvgMap map = new SvgMap();
        String own = areas.border(Long.valueOf(a.id())).orElse(null);
        boolean wholeRegion = a.isRegion() || "SUBREGION".equals(a.type());
        String path = areas.path(Long.valueOf(a.id()));
        for (AreaService.Border b : areas.context(a)) {
            boolean inside = wholeRegion && b.path().startsWith(path);
            map.shape(b.geoJson(), inside && own == null ? "highlight" : "context", null);
        }
        if (own != null && !a.isRegion()) {
            map.shape(own, "highlight", a.localName());
        } else if (own != null) {
            map.shape(own, "highlight-outline", a.localName());
        }
        if ("MUNICIPALITY".equals(a.type())) {
            map.marker(a.lat(), a.lon(), "point", null);
        }
        return map.render(320, messages.get("area.map.alt", a.localName()));
    }

    @Bean
    static NavigationItem areasNavigation() {
        return new NavigationItem(40, "/areas", "nav.areas", NavigationItem.Audience.LOGGED_IN);
    }
}
