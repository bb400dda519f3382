package fi.turvaverkko.risks.web;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.risks.RiskScaleService;
import fi.turvaverkko.risks.RiskScaleView;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scale pages: the scales of each region, one scale with its bands, and the scale form. */
@Controller
class RiskScalePageController {

    private final RiskScaleService scales;
    private final Areas areas;
    private final Messages messages;

    RiskScalePageController(RiskScaleService scales, Areas areas, Messages messages) {
        this.scales = scales;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/risks/scales")
    String list(Model model) {
        model.addAttribute("scales", scales.list(null));
        model.addAttribute("canCreate", scales.canCreateSome());
        return "risks/scales";
    }

    @GetMapping("/risks/scales/{id}")
    String show(@PathVariable String id, Model model) {
        RiskScaleView s = scales.get(id);
        model.addAttribute("scale", s);
        model.addAttribute("region", areas.find(Long.valueOf(s.regionId())).orElse(null));
        model.addAttribute("canEdit", scales.canEdit(s));
        return "risks/scale";
    }

    @GetMapping("/risks/scales/new")
    String initCreate(Model model) {
        if (!scales.canCreateSome()) {
            throw new ForbiddenException();
        }
        ScaleForm form = ScaleForm.of(scales.template());
        List<AreaView> regions = regions();
        form.setRegionCode(regions.isEmpty() ? null : regions.get(0).code());
        form.setName("");
        model.addAttribute("scale", form);
        model.addAttribute("regions", regions);
        return "risks/scale-form";
    }

    @PostMapping("/risks/scales/new")
    String processCreate(
            @ModelAttribute("scale") ScaleForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                RiskScaleView created = scales.create(form.toView());
                redirect.addFlashAttribute("notice", messages.get("riskScale.created", created.localName()));
                return "redirect:/risks/scales/" + created.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("regions", regions());
        return "risks/scale-form";
    }

    @GetMapping("/risks/scales/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        RiskScaleView s = scales.get(id);
        if (!scales.canEdit(s)) {
            throw new ForbiddenException();
        }
        model.addAttribute("scale", ScaleForm.of(s));
        model.addAttribute("existing", s);
        return "risks/scale-form";
    }

    @PostMapping("/risks/scales/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("scale") ScaleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        RiskScaleView existing = scales.get(id);
        if (!binding.hasErrors()) {
            try {
                RiskScaleView saved = scales.update(id, form.toView());
                redirect.addFlashAttribute("notice", messages.get("riskScale.saved", saved.localName()));
                return "redirect:/risks/scales/" + id;
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "risks/scale-form";
    }

    @PostMapping("/risks/scales/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        RiskScaleView s = scales.get(id);
        try {
            scales.delete(id);
            redirect.addFlashAttribute("notice", messages.get("riskScale.deleted", s.localName()));
            return "redirect:/risks/scales";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/risks/scales/" + id;
        }
    }

    /** The regions where the user may create a scale. */
    private List<AreaView> regions() {
        return areas.ofType(AreaType.REGION).stream()
                .filter(r -> scales.canCreateIn(Long.valueOf(r.id())))
                .toList();
    }
}
