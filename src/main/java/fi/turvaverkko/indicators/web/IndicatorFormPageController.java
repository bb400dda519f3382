package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorCommand;
import fi.turvaverkko.indicators.domain.IndicatorSeries;
import fi.turvaverkko.indicators.domain.IndicatorTargetCommand;
import fi.turvaverkko.indicators.domain.IndicatorTargetView;
import fi.turvaverkko.indicators.domain.IndicatorTargets;
import fi.turvaverkko.indicators.domain.IndicatorValueCommand;
import fi.turvaverkko.indicators.domain.IndicatorValueView;
import fi.turvaverkko.indicators.domain.IndicatorValues;
import fi.turvaverkko.indicators.domain.Indicators;
import fi.turvaverkko.indicators.domain.PlanningLinks;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The indicator forms: definitions, values, targets and the measures linked to an indicator. */
@Controller
class IndicatorFormPageController {

    private final Indicators indicators;
    private final IndicatorTargets targets;
    private final IndicatorValues values;
    private final IndicatorSeries series;
    private final Areas areas;
    private final Messages messages;
    private final IndicatorLabels labels;
    private final PlanningLinks planning;
    private final IndicatorAreas places;
    private final IndicatorPageController pages;

    IndicatorFormPageController(
            Indicators indicators,
            IndicatorTargets targets,
            IndicatorValues values,
            IndicatorSeries series,
            Areas areas,
            Messages messages,
            IndicatorLabels labels,
            PlanningLinks planning,
            IndicatorAreas places,
            IndicatorPageController pages) {
        this.indicators = indicators;
        this.targets = targets;
        this.values = values;
        this.series = series;
        this.areas = areas;
        this.messages = messages;
        this.labels = labels;
        this.planning = planning;
        this.places = places;
        this.pages = pages;
    }

    @GetMapping("/indicators/new")
    String initCreate(Model model) {
        if (!indicators.canEdit()) {
            throw new ForbiddenException();
        }
        model.addAttribute(
                "indicator",
                new IndicatorView(
                        null,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "PER_1000",
                        "SOTKANET",
                        "",
                        "HIGHER_IS_WORSE",
                        "CURRENT_STATE",
                        1,
                        true,
                        null));
        return "indicators/form";
    }

    @PostMapping("/indicators/new")
    String processCreate(
            @ModelAttribute("indicator") IndicatorView indicator,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!indicators.canEdit()) {
            throw new ForbiddenException();
        }
        if (!binding.hasErrors()) {
            try {
                IndicatorView created = indicators.create(IndicatorCommand.of(indicator));
                redirect.addFlashAttribute("notice", messages.get("indicator.created", created.localName()));
                return "redirect:/indicators/" + created.code();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return "indicators/form";
    }

    @GetMapping("/indicators/{code}/edit")
    String initUpdate(@PathVariable String code, Model model) {
        IndicatorView indicator = indicators.getByCode(code);
        if (!indicators.canEdit()) {
            throw new ForbiddenException();
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("existing", indicator);
        return "indicators/form";
    }

    @PostMapping("/indicators/{code}/edit")
    String processUpdate(
            @PathVariable String code,
            @ModelAttribute("indicator") IndicatorView indicator,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView existing = indicators.getByCode(code);
        if (!binding.hasErrors()) {
            try {
                IndicatorView saved =
                        indicators.update(existing.id(), indicator.version(), IndicatorCommand.of(indicator));
                redirect.addFlashAttribute("notice", messages.get("indicator.saved", saved.localName()));
                return "redirect:/indicators/" + saved.code();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "indicators/form";
    }

    @PostMapping("/indicators/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        try {
            indicators.delete(indicator.id());
            redirect.addFlashAttribute("notice", messages.get("indicator.deleted", indicator.localName()));
            return "redirect:/indicators";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/indicators/" + code;
        }
    }

    // values

    @PostMapping("/indicators/{code}/values")
    String addValue(
            @PathVariable String code,
            @ModelAttribute("valueForm") ValueForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        if (!binding.hasErrors()) {
            try {
                IndicatorValueView saved = values.create(new IndicatorValueCommand(
                        null,
                        indicator.code(),
                        null,
                        form.areaCode(),
                        form.year(),
                        Numbers.parse("value", form.value())));
                redirect.addFlashAttribute(
                        "notice",
                        messages.get("indicatorValue.saved", saved.year(), labels.format(saved.value(), indicator)));
                return "redirect:/indicators/" + code + "?area=" + saved.areaCode();
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return pages.show(code, form.areaCode(), model);
    }

    @GetMapping("/indicators/{code}/values/{id}/edit")
    String initValue(@PathVariable String code, @PathVariable String id, Model model) {
        IndicatorView indicator = indicators.getByCode(code);
        IndicatorValueView v = value(indicator, id);
        if (!values.canEditIn(Long.valueOf(v.areaId()))) {
            throw new ForbiddenException();
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("stored", v);
        model.addAttribute(
                "valueForm",
                new ValueForm(
                        v.areaCode(), v.year(), labels.format(v.value(), 4).replaceAll("[,.]?0+$", ""), v.version()));
        return "indicators/value-form";
    }

    @PostMapping("/indicators/{code}/values/{id}/edit")
    String processValue(
            @PathVariable String code,
            @PathVariable String id,
            @ModelAttribute("valueForm") ValueForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        IndicatorValueView stored = value(indicator, id);
        if (!binding.hasErrors()) {
            try {
                IndicatorValueView saved = values.update(
                        id,
                        form.version(),
                        new IndicatorValueCommand(
                                null,
                                indicator.code(),
                                null,
                                form.areaCode(),
                                form.year(),
                                Numbers.parse("value", form.value())));
                redirect.addFlashAttribute(
                        "notice",
                        messages.get("indicatorValue.saved", saved.year(), labels.format(saved.value(), indicator)));
                return "redirect:/indicators/" + code + "?area=" + saved.areaCode();
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("stored", stored);
        return "indicators/value-form";
    }

    @PostMapping("/indicators/{code}/values/{id}/delete")
    String deleteValue(@PathVariable String code, @PathVariable String id, RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        IndicatorValueView v = value(indicator, id);
        values.delete(id);
        redirect.addFlashAttribute("notice", messages.get("indicatorValue.deleted", v.year()));
        return "redirect:/indicators/" + code + "?area=" + v.areaCode();
    }

    private IndicatorValueView value(IndicatorView indicator, String id) {
        IndicatorValueView v = values.get(id);
        if (!v.indicatorId().equals(indicator.id())) {
            throw new NotFoundException();
        }
        return v;
    }

    // targets and measures

    @PostMapping("/indicators/{code}/targets")
    String addTarget(
            @PathVariable String code,
            @RequestParam(required = false) String area,
            @ModelAttribute("targetForm") TargetForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        if (!binding.hasErrors()) {
            try {
                IndicatorTargetView t = targets.add(
                        indicator.id(),
                        new IndicatorTargetCommand(
                                form.goalId(),
                                null,
                                form.targetAreaCode(),
                                form.targetYear(),
                                Numbers.parse("value", form.targetValue()),
                                form.note()));
                redirect.addFlashAttribute("notice", messages.get("indicatorTarget.added", t.year()));
                return "redirect:/indicators/" + code + "?area=" + t.areaCode() + "#targets";
            } catch (DomainException e) {
                if (e.status() == 403 || e.status() == 404) {
                    throw e;
                }
                FormErrors.bind(TargetForm.renamed(e), binding);
                model.addAttribute("openTargetForm", true);
            }
        }
        return pages.show(code, area, model);
    }

    @PostMapping("/indicators/{code}/targets/{id}/delete")
    String deleteTarget(@PathVariable String code, @PathVariable String id, RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        IndicatorTargetView t = targets.get(indicator.id(), id);
        targets.delete(indicator.id(), id);
        redirect.addFlashAttribute("notice", messages.get("indicatorTarget.deleted", t.year()));
        return "redirect:/indicators/" + code + "?area=" + t.areaCode() + "#targets";
    }

    @PostMapping("/indicators/{code}/measures")
    String linkMeasure(
            @PathVariable String code,
            @RequestParam(required = false) String measureId,
            @RequestParam(required = false) String area,
            RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        try {
            indicators.linkMeasure(indicator.id(), measureId);
            redirect.addFlashAttribute("notice", messages.get("indicator.measure.linked", measureId));
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            String key = e.problems().isEmpty()
                    ? e.messageKey()
                    : e.problems().get(0).messageKey();
            redirect.addFlashAttribute("measureError", messages.get(key));
        }
        return "redirect:/indicators/" + code + (area == null ? "" : "?area=" + area) + "#measures";
    }

    @PostMapping("/indicators/{code}/measures/{measureId}/delete")
    String unlinkMeasure(
            @PathVariable String code,
            @PathVariable String measureId,
            @RequestParam(required = false) String area,
            RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        indicators.unlinkMeasure(indicator.id(), measureId);
        redirect.addFlashAttribute("notice", messages.get("indicator.measure.unlinked", measureId));
        return "redirect:/indicators/" + code + (area == null ? "" : "?area=" + area) + "#measures";
    }
}
