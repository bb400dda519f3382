package fi.turvaverkko.planning.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureService;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.PublicPlanning;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages anyone may read: approved public programmes with their goals, and the action list's progress. */
@Controller
class PublicPlanningPageController {

    private final PublicPlanning planning;
    private final Actors actors;

    PublicPlanningPageController(PublicPlanning planning, Actors actors) {
        this.planning = planning;
        this.actors = actors;
    }

    @GetMapping("/public/programmes")
    String programmes(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("result", planning.programmes(q, kind, null, PageParams.of(page, 20, sort)));
        return Views.pageOrFragment(request, "planning/public-programmes", "results");
    }

    @GetMapping("/public/programmes/{id}")
    String programme(@PathVariable String id, Model model) {
        ProgrammeView p = planning.get(id);
        List<GoalView> goals = planning.goals(p);
        model.addAttribute("programme", p);
        model.addAttribute("tree", GoalTree.flatten(goals));
        PageResult<MeasureView> result =
                planning.measures(MeasureService.Filter.ofProgramme(p.id()), PageParams.of(0, 200, null));
        model.addAttribute("measures", result);
        model.addAttribute("actorNames", names(result.content()));
        return "planning/public-programme";
    }

    @GetMapping("/public/measures")
    String measures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        MeasureService.Filter filter =
                new MeasureService.Filter(q, programme, area, theme, null, null, status, null, null, null);
        PageResult<MeasureView> result = planning.measures(filter, PageParams.of(page, 20, sort));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("actorNames", names(result.content()));
        model.addAttribute(
                "programmeOptions",
                planning.programmes(null, null, null, PageParams.of(0, 200, null)).content().stream()
                        .map(p -> new Option(p.id(), p.localName()))
                        .toList());
        Map<String, String> programmeNames = new HashMap<>();
        planning.programmes(null, null, null, PageParams.of(0, 1000, null))
                .content()
                .forEach(p -> programmeNames.put(p.id(), p.localName()));
        model.addAttribute("programmeNames", programmeNames);
        return Views.pageOrFragment(request, "planning/public-measures", "results");
    }

    private Map<String, String> names(List<MeasureView> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(m -> ids.add(Long.valueOf(m.responsibleActorId())));
        Map<String, String> names = new HashMap<>();
        actors.findAll(ids).forEach(a -> names.put(a.id(), a.localName()));
        return names;
    }

    @Bean
    static PublicLink publicProgrammesLink() {
        return new PublicLink(30, "/public/programmes", "public.programmes.title", "public.programmes.description");
    }

    @Bean
    static PublicLink publicMeasuresLink() {
        return new PublicLink(31, "/public/measures", "public.measures.title", "public.measures.description");
    }
}
