package fi.turvaverkko.indicators.web;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorSeries;
import fi.turvaverkko.indicators.domain.IndicatorTrend;
import fi.turvaverkko.indicators.domain.IndicatorValues;
import fi.turvaverkko.indicators.domain.Indicators;
import fi.turvaverkko.indicators.domain.PlanningLinks;
import fi.turvaverkko.indicators.domain.YearValue;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.SvgMap;
import fi.turvaverkko.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** All areas of a region side by side in one year: the bar chart, the map in quintiles and the table. */
@Controller
class IndicatorComparePageController {

    private final Indicators indicators;
    private final IndicatorValues values;
    private final IndicatorSeries series;
    private final Areas areas;
    private final Messages messages;
    private final IndicatorLabels labels;
    private final PlanningLinks planning;
    private final IndicatorAreas places;

    IndicatorComparePageController(
            Indicators indicators,
            IndicatorValues values,
            IndicatorSeries series,
            Areas areas,
            Messages messages,
            IndicatorLabels labels,
            PlanningLinks planning,
            IndicatorAreas places) {
        this.indicators = indicators;
        this.values = values;
        this.series = series;
        this.areas = areas;
        this.messages = messages;
        this.labels = labels;
        this.planning = planning;
        this.places = places;
    }

    @GetMapping("/indicators/{code}/compare")
    String compare(
            @PathVariable String code,
            @RequestParam(required = false) String within,
            @RequestParam(required = false) Integer year,
            Model model) {
        IndicatorView indicator = indicators.getByCode(code);
        AreaView region = within == null || within.isBlank()
                ? places.regionOf(places.defaultArea())
                : areas.findByCode(within).orElseThrow(NotFoundException::new);
        Locale locale = LocaleContextHolder.getLocale();
        List<AreaView> members = areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY);
        List<AreaView> all = new ArrayList<>(members);
        all.add(region);
        List<Integer> years = series.years(indicator, all);
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
        for (YearValue v : series.ofYear(indicator, chosen, all)) {
            if (v.areaId().equals(region.id())) {
                reference = v.value();
            } else {
                rows.add(new CompareRow(byId.get(v.areaId()), v.value(), null, null));
            }
        }
        Map<String, IndicatorTrend> trends = series.trends(indicator, members);
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

}
