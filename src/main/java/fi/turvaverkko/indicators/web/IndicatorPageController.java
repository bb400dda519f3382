package fi.turvaverkko.indicators.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.indicators.IndicatorService;
import fi.turvaverkko.indicators.IndicatorTargetView;
import fi.turvaverkko.indicators.IndicatorTrend;
import fi.turvaverkko.indicators.IndicatorValueService;
import fi.turvaverkko.indicators.IndicatorValueView;
import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.PlanningLinks;
import fi.turvaverkko.indicators.YearValue;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.SvgMap;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The indicator pages: the list; one indicator over time in one area; all areas side by side in
 * one year; one area's indicators with their direction; and the forms for definitions, values,
 * targets and linked measures.
 */
@Controller
class IndicatorPageController {

    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final Areas areas;
    private final Messages messages;
    private final IndicatorLabels labels;
    private final PlanningLinks planning;

    IndicatorPageController(
            IndicatorService indicators,
            IndicatorValueService values,
            Areas areas,
            Messages messages,
            IndicatorLabels labels,
            PlanningLinks planning) {
        this.indicators = indicators;
        this.values = values;
        this.areas = areas;
        this.messages = messages;
        this.labels = labels;
        this.planning = planning;
    }

    @GetMapping("/indicators")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String polarity,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("source", source);
        model.addAttribute("kind", kind);
        model.addAttribute("polarity", polarity);
        model.addAttribute(
                "result",
                indicators.list(new IndicatorService.Filter(q, source, kind, polarity), PageParams.of(page, 20, sort)));
        model.addAttribute("canEdit", indicators.canEdit());
        model.addAttribute("canImport", values.canEditSome());
        model.addAttribute("home", defaultArea());
        return Views.pageOrFragment(request, "indicators/list", "results");
    }

    // one indicator over time in one area

    @GetMapping("/indicators/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String area, Model model) {
        IndicatorView indicator = indicators.getByCode(code);
        AreaView a = area(area);
        model.addAttribute("indicator", indicator);
        model.addAttribute("area", a);
        fillShow(indicator, a, model);
        if (!model.containsAttribute("valueForm")) {
            model.addAttribute("valueForm", new ValueForm(a.code(), null, null, null));
        }
        if (!model.containsAttribute("targetForm")) {
            model.addAttribute("targetForm", new TargetForm(null, a.code(), null, null, null));
        }
        return "indicators/show";
    }

    private void fillShow(IndicatorView indicator, AreaView a, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        AreaView region = a.regionId() != null && !a.isRegion()
                ? areas.find(Long.valueOf(a.regionId())).orElse(null)
                : null;
        List<YearValue> own = values.series(indicator, a);
        List<YearValue> regional = region == null ? List.of() : values.series(indicator, region);
        List<IndicatorTargetView> allTargets = indicators.targets(indicator.id());
        List<IndicatorTargetView> targets =
                allTargets.stream().filter(t -> t.areaId().equals(a.id())).toList();
        List<IndicatorCharts.Series> series = new ArrayList<>();
        series.add(new IndicatorCharts.Series(a.localName(), "own", own));
        if (!regional.isEmpty()) {
            series.add(new IndicatorCharts.Series(region.localName(), "comparison", regional));
        }
        List<IndicatorCharts.Target> points = targets.stream()
                .map(t -> new IndicatorCharts.Target(
                        t.year(),
                        t.value(),
                        messages.get("indicator.target") + ": " + t.year() + " " + labels.format(t.value(), indicator)))
                .toList();
        String title = messages.get("indicator.chart.overTime", indicator.localName(), a.localName());
        String desc = messages.get(
                "indicator.chart.overTime.desc", labels.unit(indicator.unit()), labels.polarity(indicator.polarity()));
        model.addAttribute(
                "chart",
                own.isEmpty() && points.isEmpty()
                        ? ""
                        : IndicatorCharts.line(
                                "chart-over-time", title, desc, series, points, indicator.decimals(), locale));
        model.addAttribute("chartTitle", title);
        model.addAttribute("region", region);
        Map<Integer, BigDecimal> regionByYear = new HashMap<>();
        regional.forEach(v -> regionByYear.put(v.year(), v.value()));
        List<Row> rows = new ArrayList<>();
        YearValue previous = null;
        PageResult<IndicatorValueView> stored = values.list(
                new IndicatorValueService.Filter(indicator.code(), a.code(), null, null, null, null),
                PageParams.first(PageParams.MAX_SIZE));
        Map<Integer, String> idByYear = new HashMap<>();
        stored.content().forEach(v -> idByYear.put(v.year(), v.id()));
        for (YearValue v : own) {
            rows.add(new Row(
                    v.year(),
                    v.value(),
                    regionByYear.get(v.year()),
                    previous == null ? null : labels.change(v.value(), previous.value(), indicator),
                    idByYear.get(v.year())));
            previous = v;
        }
        java.util.Collections.reverse(rows);
        model.addAttribute("rows", rows);
        model.addAttribute("trend", values.trends(indicator, List.of(a)).get(a.id()));
        model.addAttribute("targets", allTargets);
        model.addAttribute("measureIds", indicators.measureIds(indicator.id()));
        model.addAttribute("measures", planning.measures(indicators.measureIds(indicator.id())));
        Map<String, String> goals = new HashMap<>();
        allTargets.stream().filter(t -> t.goalId() != null).forEach(t -> {
            String label = planning.goalLabel(t.goalId());
            if (label != null) {
                goals.put(t.goalId(), label);
            }
        });
        model.addAttribute("goalLabels", goals);
        model.addAttribute("canEdit", indicators.canEdit());
        model.addAttribute("canEditValues", values.canEditIn(Long.valueOf(a.id())));
        model.addAttribute("canEditTargets", indicators.canEditSomeTargets());
    }

    /** A row of the table beside the chart. */
    record Row(int year, BigDecimal value, BigDecimal regionValue, String change, String id) {}

    // all areas side by side in one year

    @GetMapping("/indicators/{code}/compare")
    String compare(
            @PathVariable String code,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) Integer year,
            Model model) {
        IndicatorView indicator = indicators.getByCode(code);
        AreaView region = within == null || within.isBlank()
                ? regionOf(defaultArea())
                : areas.findByCode(within).orElseThrow(NotFoundException::new);
        Locale locale = LocaleContextHolder.getLocale();
        List<AreaView> members = areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY);
        List<AreaView> all = new ArrayList<>(members);
        all.add(region);
        List<Integer> years = values.years(indicator, all);
        Integer chosen =
                year != null && years.contains(year) ? year : years.isEmpty() ? null : years.get(years.size() - 1);
        model.addAttribute("indicator", indicator);
        model.addAttribute("region", region);
        List<Integer> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("years", newestFirst);
        model.addAttribute("year", chosen);
        model.addAttribute("regions", areas.ofType(AreaType.REGION));
        if (chosen == null) {
            model.addAttribute("bars", List.of());
            model.addAttribute("chart", "");
            model.addAttribute("map", "");
            return "indicators/compare";
        }
        Map<String, AreaView> byId = new HashMap<>();
        all.forEach(x -> byId.put(x.id(), x));
        BigDecimal reference = null;
        List<CompareRow> rows = new ArrayList<>();
        for (YearValue v : values.ofYear(indicator, chosen, all)) {
            if (v.areaId().equals(region.id())) {
                reference = v.value();
            } else {
                rows.add(new CompareRow(byId.get(v.areaId()), v.value(), null, null));
            }
        }
        Map<String, IndicatorTrend> trends = values.trends(indicator, members);
        Comparator<CompareRow> order = Comparator.comparing(CompareRow::value);
        if (indicator.higherIsBetter()) {
            order = order.reversed();
        }
        rows.sort(order.thenComparing(r -> r.area().localName()));
        List<CompareRow> withComparison = new ArrayList<>();
        List<IndicatorCharts.Bar> bars = new ArrayList<>();
        for (CompareRow r : rows) {
            String versus = versus(indicator, r.value(), reference);
            IndicatorTrend t = trends.get(r.area().id());
            String direction = t != null && chosen.equals(t.latestYear()) ? t.direction() : null;
            withComparison.add(new CompareRow(r.area(), r.value(), versus, direction));
            bars.add(new IndicatorCharts.Bar(r.area().localName(), r.value(), versus == null ? "" : versus));
        }
        String title = messages.get("indicator.chart.compare", indicator.localName(), region.localName(), chosen);
        String desc = messages.get("indicator.chart.compare.desc", labels.unit(indicator.unit()));
        model.addAttribute("chartTitle", title);
        model.addAttribute(
                "chart",
                IndicatorCharts.bars(
                        "chart-compare",
                        title,
                        desc,
                        bars,
                        reference,
                        region.localName(),
                        indicator.decimals(),
                        locale));
        model.addAttribute("reference", reference);
        model.addAttribute("rows", withComparison);
        model.addAttribute("map", map(region, indicator, withComparison, title));
        return "indicators/compare";
    }

    /** Better, worse or the same as the region, read with the indicator's polarity. */
    private static String versus(IndicatorView indicator, BigDecimal value, BigDecimal reference) {
        if (reference == null) {
            return null;
        }
        int c = value.compareTo(reference);
        if (c == 0) {
            return "same";
        }
        return (c > 0) == indicator.higherIsBetter() ? "better" : "worse";
    }

    /** A row of the comparison: an area, its value and how it compares with the region. */
    record CompareRow(AreaView area, BigDecimal value, String versus, String direction) {}

    private String map(AreaView region, IndicatorView indicator, List<CompareRow> rows, String title) {
        if (rows.isEmpty()) {
            return "";
        }
        List<BigDecimal> sorted = rows.stream().map(CompareRow::value).sorted().toList();
        Map<Long, String> classes = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        for (CompareRow r : rows) {
            int rank = sorted.indexOf(r.value());
            int quintile = Math.min(5, 1 + rank * 5 / sorted.size());
            classes.put(Long.valueOf(r.area().id()), "q" + quintile);
            titles.put(Long.valueOf(r.area().id()), r.area().localName() + ": " + labels.format(r.value(), indicator));
        }
        SvgMap map = new SvgMap();
        for (Map.Entry<Long, String> b : areas.contextBorders(region)) {
            map.shape(b.getValue(), classes.getOrDefault(b.getKey(), "none"), titles.get(b.getKey()));
        }
        return map.render(340, messages.get("indicator.map.title", title));
    }

    // one area's indicators

    @GetMapping("/indicators/areas/{areaCode}")
    String area(@PathVariable String areaCode, Model model) {
        AreaView a = areas.findByCode(areaCode).orElseThrow(NotFoundException::new);
        AreaView region = a.regionId() != null && !a.isRegion()
                ? areas.find(Long.valueOf(a.regionId())).orElse(null)
                : null;
        List<IndicatorTrend> trends = values.trends(a);
        Map<String, IndicatorTrend> regional = new HashMap<>();
        if (region != null) {
            values.trends(region).forEach(t -> regional.put(t.indicator().id(), t));
        }
        Map<String, List<YearValue>> series = values.seriesOfArea(a);
        List<Card> cards = new ArrayList<>();
        for (IndicatorTrend t : trends) {
            cards.add(new Card(
                    t,
                    regional.get(t.indicator().id()),
                    IndicatorCharts.sparkline(
                            series.getOrDefault(t.indicator().id(), List.of()),
                            t.direction() == null ? "" : t.direction().toLowerCase(Locale.ROOT))));
        }
        cards.sort(Comparator.comparing((Card c) -> c.trend().indicator().kind())
                .thenComparing(c -> c.trend().indicator().localName()));
        Map<String, Long> counts = new HashMap<>();
        trends.forEach(t -> counts.merge(t.direction(), 1L, Long::sum));
        model.addAttribute("area", a);
        model.addAttribute("region", region);
        model.addAttribute("cards", cards);
        model.addAttribute("counts", counts);
        return "indicators/area";
    }

    @GetMapping("/indicators/areas/choose")
    String chooseArea(@RequestParam(required = false) String code) {
        AreaView a = code == null || code.isBlank()
                ? defaultArea()
                : areas.findByCode(code).orElseThrow(NotFoundException::new);
        return "redirect:/indicators/areas/" + a.code();
    }

    /** One indicator of an area: its trend, the region's trend beside it and a sparkline. */
    record Card(IndicatorTrend trend, IndicatorTrend regional, String sparkline) {}

    // definitions

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
                IndicatorView created = indicators.create(indicator);
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
                IndicatorView saved = indicators.update(existing.id(), indicator);
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
                IndicatorValueView saved = values.create(new IndicatorValueView(
                        null,
                        null,
                        indicator.code(),
                        null,
                        form.areaCode(),
                        form.year(),
                        Numbers.parse("value", form.value()),
                        null));
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
        return show(code, form.areaCode(), model);
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
                        new IndicatorValueView(
                                null,
                                null,
                                indicator.code(),
                                null,
                                form.areaCode(),
                                form.year(),
                                Numbers.parse("value", form.value()),
                                form.version()));
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
                IndicatorTargetView t = indicators.addTarget(
                        indicator.id(),
                        new IndicatorTargetView(
                                null,
                                null,
                                form.goalId(),
                                null,
                                form.targetAreaCode(),
                                form.targetYear(),
                                Numbers.parse("value", form.targetValue()),
                                form.note(),
                                null));
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
        return show(code, area, model);
    }

    @PostMapping("/indicators/{code}/targets/{id}/delete")
    String deleteTarget(@PathVariable String code, @PathVariable String id, RedirectAttributes redirect) {
        IndicatorView indicator = indicators.getByCode(code);
        IndicatorTargetView t = indicators.target(indicator.id(), id);
        indicators.deleteTarget(indicator.id(), id);
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

    // helpers

    private AreaView area(String code) {
        if (code == null || code.isBlank()) {
            return defaultArea();
        }
        return areas.findByCode(code).orElseThrow(NotFoundException::new);
    }

    /** The user's region, else the first region there is. */
    AreaView defaultArea() {
        Long region = CurrentUser.get().primaryRegionId();
        Optional<AreaView> a = areas.find(region);
        if (a.isPresent()) {
            return a.get();
        }
        return areas.ofType(AreaType.REGION).stream()
                .findFirst()
                .or(() -> areas.ofType(AreaType.COUNTRY).stream().findFirst())
                .orElseThrow(NotFoundException::new);
    }

    private AreaView regionOf(AreaView a) {
        if (a.isRegion() || a.regionId() == null) {
            return a;
        }
        return areas.find(Long.valueOf(a.regionId())).orElse(a);
    }

    @Bean
    static NavigationItem indicatorsNavigation() {
        return new NavigationItem(40, "/indicators", "nav.indicators", NavigationItem.Audience.LOGGED_IN);
    }
}
