package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorSeries;
import fi.turvaverkko.indicators.domain.IndicatorTargetView;
import fi.turvaverkko.indicators.domain.IndicatorTargets;
import fi.turvaverkko.indicators.domain.IndicatorTrend;
import fi.turvaverkko.indicators.domain.IndicatorValueView;
import fi.turvaverkko.indicators.domain.IndicatorValues;
import fi.turvaverkko.indicators.domain.Indicators;
import fi.turvaverkko.indicators.domain.PlanningLinks;
import fi.turvaverkko.indicators.domain.YearValue;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The indicator pages that read: the list, one indicator over time in one area, and one area's
 * indicators with their direction. The comparison of areas and the forms have their own controllers.
 */
@Controller
class IndicatorPageController {

    private final Indicators indicators;
    private final IndicatorTargets targets;
    private final IndicatorValues values;
    private final IndicatorSeries series;
    private final Areas areas;
    private final Messages messages;
    private final IndicatorLabels labels;
    private final PlanningLinks planning;
    private final IndicatorAreas places;

    IndicatorPageController(
            Indicators indicators,
            IndicatorTargets targets,
            IndicatorValues values,
            IndicatorSeries series,
            Areas areas,
            Messages messages,
            IndicatorLabels labels,
            PlanningLinks planning,
            IndicatorAreas places) {
        this.indicators = indicators;
        this.targets = targets;
        this.values = values;
        this.series = series;
        this.areas = areas;
        this.messages = messages;
        this.labels = labels;
        this.planning = planning;
        this.places = places;
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
                indicators.list(new Indicators.Filter(q, source, kind, polarity), PageParams.of(page, 20, sort)));
        model.addAttribute("canEdit", indicators.canEdit());
        model.addAttribute("canImport", values.canEditSome());
        model.addAttribute("home", places.defaultArea());
        return Views.pageOrFragment(request, "indicators/list", "results");
    }

    // one indicator over time in one area

    @GetMapping("/indicators/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) String area, Model model) {
        IndicatorView indicator = indicators.getByCode(code);
        AreaView a = places.area(area);
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
        List<YearValue> own = series.series(indicator, a);
        List<YearValue> regional = region == null ? List.of() : series.series(indicator, region);
        List<IndicatorTargetView> allTargets = targets.of(indicator.id());
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
                new IndicatorValues.Filter(indicator.code(), a.code(), null, null, null, null),
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
        model.addAttribute("trend", this.series.trends(indicator, List.of(a)).get(a.id()));
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
        model.addAttribute("canEditTargets", this.targets.canEditSome());
    }

    /** A row of the table beside the chart. */
    record Row(int year, BigDecimal value, BigDecimal regionValue, String change, String id) {}

    // all areas side by side in one year

    @GetMapping("/indicators/areas/{areaCode}")
    String area(@PathVariable String areaCode, Model model) {
        AreaView a = areas.findByCode(areaCode).orElseThrow(NotFoundException::new);
        AreaView region = a.regionId() != null && !a.isRegion()
                ? areas.find(Long.valueOf(a.regionId())).orElse(null)
                : null;
        List<IndicatorTrend> trends = series.trends(a);
        Map<String, IndicatorTrend> regional = new HashMap<>();
        if (region != null) {
            series.trends(region).forEach(t -> regional.put(t.indicator().id(), t));
        }
        Map<String, List<YearValue>> series = this.series.seriesOfArea(a);
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
                ? places.defaultArea()
                : areas.findByCode(code).orElseThrow(NotFoundException::new);
        return "redirect:/indicators/areas/" + a.code();
    }

    /** One indicator of an area: its trend, the region's trend beside it and a sparkline. */
    record Card(IndicatorTrend trend, IndicatorTrend regional, String sparkline) {}

    // definitions

    @Bean
    static NavigationItem indicatorsNavigation() {
        return new NavigationItem(40, "/indicators", "nav.indicators", NavigationItem.Audience.LOGGED_IN);
    }
}
