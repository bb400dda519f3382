package fi.turvaverkko.risks.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.risks.MitigatingMeasures;
import fi.turvaverkko.risks.RiskMatrix;
import fi.turvaverkko.risks.RiskScaleService;
import fi.turvaverkko.risks.RiskScaleView;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.risks.RiskScenarioView;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The risk assessment pages: the matrix of a region with its scenarios below it (a click on a cell
 * lists that cell's scenarios), a scenario, and the scenario form.
 */
@Controller
class RiskPageController {

    private final RiskScenarioService scenarios;
    private final RiskScaleService scales;
    private final Areas areas;
    private final Messages messages;
    private final RiskLabels labels;
    private final MitigatingMeasures mitigating;

    RiskPageController(
            RiskScenarioService scenarios,
            RiskScaleService scales,
            Areas areas,
            Messages messages,
            RiskLabels labels,
            MitigatingMeasures mitigating) {
        this.scenarios = scenarios;
        this.scales = scales;
        this.areas = areas;
        this.messages = messages;
        this.labels = labels;
        this.mitigating = mitigating;
    }

    @GetMapping("/risks")
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer likelihood,
            @RequestParam(required = false) Integer impact,
            @RequestParam(required = false) Boolean residual,
            @RequestParam(required = false) Boolean reviewOverdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        AreaView r = region == null || region.isBlank()
                ? defaultRegion()
                : areas.findByCode(region).filter(AreaView::isRegion).orElseThrow(NotFoundException::new);
        boolean res = Boolean.TRUE.equals(residual);
        RiskScenarioService.Filter filter = new RiskScenarioService.Filter(
                r.code(), area, category, null, q, likelihood, impact, res, null, reviewOverdue, null, null, null);
        RiskMatrix matrix = scenarios.matrix(filter);
        model.addAttribute("region", r);
        model.addAttribute("regions", areas.ofType(AreaType.REGION));
        model.addAttribute("areaOptions", areas.within(Long.valueOf(r.id()), AreaType.MUNICIPALITY));
        model.addAttribute("area", area);
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("likelihood", likelihood);
        model.addAttribute("impact", impact);
        model.addAttribute("residual", res);
        model.addAttribute("reviewOverdue", reviewOverdue);
        model.addAttribute("matrix", matrix);
        model.addAttribute(
                "scale",
                matrix.scaleId() == null
                        ? null
                        : scales.find(Long.parseLong(matrix.scaleId())).orElse(null));
        model.addAttribute("cellLinks", cellLinks(matrix, r.code(), area, category, q, res, reviewOverdue));
        model.addAttribute("allLink", link(r.code(), area, category, q, res, reviewOverdue, null, null));
        model.addAttribute("result", scenarios.list(filter, PageParams.of(page, 20, sort)));
        model.addAttribute("canCreate", scenarios.canCreateIn(Long.valueOf(r.id())));
        return Views.pageOrFragment(request, "risks/list", "results");
    }

    private static Map<String, String> cellLinks(
            RiskMatrix m, String region, String area, String category, String q, boolean residual, Boolean overdue) {
        Map<String, String> links = new HashMap<>();
        for (RiskMatrix.Row row : m.rows()) {
            for (RiskMatrix.Cell c : row.cells()) {
                links.put(
                        c.likelihood() + "/" + c.impact(),
                        link(region, area, category, q, residual, overdue, c.likelihood(), c.impact()));
            }
        }
        return links;
    }

    private static String link(
            String region,
            String area,
            String category,
            String q,
            boolean residual,
            Boolean overdue,
            Integer likelihood,
            Integer impact) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/risks").queryParam("region", region);
        if (area != null && !area.isBlank()) {
            b.queryParam("area", area);
        }
        if (category != null && !category.isBlank()) {
            b.queryParam("category", category);
        }
        if (q != null && !q.isBlank()) {
            b.queryParam("q", q);
        }
        if (residual) {
            b.queryParam("residual", true);
        }
        if (overdue != null) {
            b.queryParam("reviewOverdue", overdue);
        }
        if (likelihood != null) {
            b.queryParam("likelihood", likelihood).queryParam("impact", impact);
        }
        return b.encode().build().toUriString();
    }

    @GetMapping("/risks/{id}")
    String show(@PathVariable String id, Model model) {
        RiskScenarioView s = scenarios.get(id);
        RiskScaleView scale = scales.find(Long.parseLong(s.scaleId())).orElseThrow();
        model.addAttribute("scenario", s);
        model.addAttribute("scale", scale);
        model.addAttribute("region", areas.find(Long.valueOf(s.regionId())).orElse(null));
        List<AreaView> list = new ArrayList<>();
        s.areaIds().forEach(a -> areas.find(Long.valueOf(a)).ifPresent(list::add));
        model.addAttribute("areas", list);
        model.addAttribute("measures", mitigating.visible(s.measureIds()));
        model.addAttribute(
                "band",
                fi.turvaverkko.risks.RiskScores.band(
                        s.likelihood(), s.impactCell(), scale.likelihoodLevels(), scale.impactLevels()));
        model.addAttribute(
                "residualBand",
                s.residualLikelihood() == null
                        ? null
                        : fi.turvaverkko.risks.RiskScores.band(
                                s.residualLikelihood(),
                                s.residualImpact(),
                                scale.likelihoodLevels(),
                                scale.impactLevels()));
        model.addAttribute("canEdit", scenarios.canEdit(s));
        model.addAttribute("canDelete", scenarios.canDelete(s));
        return "risks/show";
    }

    // the form

    @GetMapping("/risks/new")
    String initCreate(@RequestParam(required = false) String region, Model model) {
        AreaView r = region == null || region.isBlank()
                ? defaultRegion()
                : areas.findByCode(region).filter(AreaView::isRegion).orElseThrow(NotFoundException::new);
        if (!scenarios.canCreateIn(Long.valueOf(r.id()))) {
            throw new ForbiddenException();
        }
        ScenarioForm form = new ScenarioForm();
        form.setRegionCode(r.code());
        form.setReliability("MEDIUM");
        model.addAttribute("scenario", form);
        return form(model, form, null);
    }

    @PostMapping("/risks/new")
    String processCreate(
            @ModelAttribute("scenario") ScenarioForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                RiskScenarioView created =
                        scenarios.create(form.toView(labels.themes().isEmpty()));
                redirect.addFlashAttribute("notice", messages.get("risk.created", created.localTitle()));
                return "redirect:/risks/" + created.id();
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(renamed(e, labels.themes().isEmpty()), binding);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/risks/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        RiskScenarioView s = scenarios.get(id);
        if (!scenarios.canEdit(s)) {
            throw new ForbiddenException();
        }
        ScenarioForm form = ScenarioForm.of(s);
        model.addAttribute("scenario", form);
        return form(model, form, s);
    }

    @PostMapping("/risks/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("scenario") ScenarioForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        RiskScenarioView existing = scenarios.get(id);
        if (!binding.hasErrors()) {
            try {
                RiskScenarioView saved =
                        scenarios.update(id, form.toView(labels.themes().isEmpty()));
                redirect.addFlashAttribute("notice", messages.get("risk.saved", saved.localTitle()));
                return "redirect:/risks/" + id;
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(renamed(e, labels.themes().isEmpty()), binding);
            }
        }
        return form(model, form, existing);
    }

    @PostMapping("/risks/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        RiskScenarioView s = scenarios.get(id);
        scenarios.delete(id);
        redirect.addFlashAttribute("notice", messages.get("risk.deleted", s.localTitle()));
        return "redirect:/risks?region=" + s.regionCode();
    }

    private String form(Model model, ScenarioForm form, RiskScenarioView existing) {
        AreaView r = areas.findByCode(form.getRegionCode())
                .filter(AreaView::isRegion)
                .orElseGet(this::defaultRegion);
        RiskScaleView scale = form.getScaleId() != null && !form.getScaleId().isBlank()
                ? scales.find(Long.parseLong(form.getScaleId())).orElse(null)
                : scales.defaultFor(Long.parseLong(r.id())).orElse(null);
        List<AreaView> choices = new ArrayList<>();
        choices.add(r);
        choices.addAll(areas.within(Long.valueOf(r.id()), AreaType.MUNICIPALITY));
        model.addAttribute("region", r);
        model.addAttribute("scale", scale);
        model.addAttribute("areaChoices", choices);
        model.addAttribute("existing", existing);
        model.addAttribute("ownerName", labels.actor(form.getOwnerActorId()));
        model.addAttribute("themesTyped", labels.themes().isEmpty());
        model.addAttribute("mayRestrict", scenarios.readsRestricted(Long.valueOf(r.id())));
        return "risks/form";
    }

    /** The service's field names as the form's: impacts.DEATHS is impacts[DEATHS] here. */
    private static DomainException renamed(DomainException e, boolean themesTyped) {
        List<Problem> problems = e.problems().stream()
                .map(p -> {
                    String f = p.field();
                    if (f != null && f.startsWith("impacts.")) {
                        f = "impacts[" + f.substring("impacts.".length()) + "]";
                    } else if ("areaIds".equals(f)) {
                        f = "areaCodes";
                    } else if ("themes".equals(f) && themesTyped) {
                        f = "themesText";
                    } else if ("regionId".equals(f)) {
                        f = "regionCode";
                    }
                    return new Problem(f, p.row(), p.column(), p.code(), p.messageKey(), p.args());
                })
                .toList();
        return new DomainException(e.status(), e.messageKey(), problems, e.args());
    }

    AreaView defaultRegion() {
        Long region = CurrentUser.get().primaryRegionId();
        return areas.find(region)
                .filter(AreaView::isRegion)
                .or(() -> areas.ofType(AreaType.REGION).stream().findFirst())
                .orElseThrow(NotFoundException::new);
    }

    @Bean
    static NavigationItem risksNavigation() {
        return new NavigationItem(45, "/risks", "nav.risks", NavigationItem.Audience.LOGGED_IN);
    }
}
