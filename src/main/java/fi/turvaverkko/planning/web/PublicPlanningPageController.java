package fi.turvaverkko.planning.web;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.planning.GoalTree;
import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.platform.PublicLink;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.NotFoundException;
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

/** Pages anyone may read: approved public programmes with their goals and the progress of their measures. */
@Controller
class PublicPlanningPageController {

    private final ProgrammeService programmes;
    private final GoalService goals;
    private final Measures measures;
    private final Actors actors;

    PublicPlanningPageController(ProgrammeService programmes, GoalService goals, Measures measures, Actors actors) {
        this.programmes = programmes;
        this.goals = goals;
        this.measures = measures;
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
        model.addAttribute("result", programmes.listPublic(q, kind, null, PageParams.of(page, 20, sort)));
        return Views.pageOrFragment(request, "planning/public-programmes", "results");
    }

    @GetMapping("/public/programmes/{id}")
    String programme(@PathVariable String id, Model model) {
        ProgrammeView p = programmes.findPublic(id).orElseThrow(NotFoundException::new);
        List<GoalView> programmeGoals = goals.goals(p);
        model.addAttribute("programme", p);
        model.addAttribute("tree", GoalTree.flatten(programmeGoals));
        PageResult<MeasureView> result = measures.ofProgramme(p.id(), PageParams.of(0, 200, null));
        model.addAttribute("measures", result);
        model.addAttribute("actorNames", names(result.content()));
        return "planning/public-programme";
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
}
