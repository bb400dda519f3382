package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository.TrendRow;
import fi.turvaverkko.network.AreaView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What the charts draw: an area's series of an indicator, the values of a year across areas, and the
 * trends (the rule of the published view {@code indicators.v_indicator_trend}).
 */
@Service
public class IndicatorSeries {

    private final IndicatorValueRepository repository;
    private final IndicatorRepository indicators;

    IndicatorSeries(IndicatorValueRepository repository, IndicatorRepository indicators) {
        this.repository = repository;
        this.indicators = indicators;
    }

    /** One area's values of an indicator, oldest year first. */
    public List<YearValue> series(IndicatorView indicator, AreaView area) {
        return repository.series(Long.parseLong(indicator.id()), Long.parseLong(area.id()));
    }

    /** Every series of the area, by indicator id, oldest year first. */
    public Map<String, List<YearValue>> seriesOfArea(AreaView area) {
        Map<String, List<YearValue>> map = new HashMap<>();
        repository.seriesOfArea(Long.parseLong(area.id())).forEach((k, v) -> map.put(String.valueOf(k), v));
        return map;
    }

    /** The values of one year in the given areas. */
    public List<YearValue> ofYear(IndicatorView indicator, int year, Collection<AreaView> in) {
        return repository.ofYear(Long.parseLong(indicator.id()), year, ids(in));
    }

    /** The years with values in any of the given areas, oldest first. */
    public List<Integer> years(IndicatorView indicator, Collection<AreaView> in) {
        return repository.years(Long.parseLong(indicator.id()), ids(in));
    }

    /** The trend of every indicator that has values in the area, by the indicator's name. */
    public List<IndicatorTrend> trends(AreaView area) {
        Map<Long, IndicatorView> byId = new HashMap<>();
        indicators.all().forEach(i -> byId.put(Long.valueOf(i.id()), i));
        List<IndicatorTrend> list = new ArrayList<>();
        for (TrendRow t : repository.trends(Long.parseLong(area.id()))) {
            IndicatorView i = byId.get(t.indicatorId());
            if (i != null) {
                list.add(trend(i, t));
            }
        }
        list.sort(Comparator.comparing(t -> t.indicator().localName()));
        return list;
    }

    /** The trends of one indicator in the given areas, by area id. */
    public Map<String, IndicatorTrend> trends(IndicatorView indicator, Collection<AreaView> in) {
        Map<String, IndicatorTrend> map = new HashMap<>();
        for (TrendRow t : repository.trends(Long.parseLong(indicator.id()), ids(in))) {
            map.put(String.valueOf(t.areaId()), trend(indicator, t));
        }
        return map;
    }

    private static IndicatorTrend trend(IndicatorView i, TrendRow t) {
        return new IndicatorTrend(
                i,
                String.valueOf(t.areaId()),
                t.latestYear(),
                t.latestValue(),
                t.previousYear(),
                t.previousValue(),
                t.direction());
    }

    private static List<Long> ids(Collection<AreaView> in) {
        return in.stream().map(a -> Long.valueOf(a.id())).toList();
    }
}
