package fi.turvaverkko.indicators.demo;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorRepository;
import fi.turvaverkko.indicators.domain.IndicatorTargetRepository;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.DemoData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the ten Lapland safety indicators with ten years of values for the 21 municipalities and
 * the region on a first start; when the planning module's views are there, links demo measures and
 * goals to them by the words of their titles.
 */
@Component
@Order(120)
class IndicatorDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorDemoData.class);
    static final String REGION = "19";
    static final int YEARS = 10;

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final Areas areas;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorTargetRepository targets;

    IndicatorDemoData(
            DemoData demo,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Areas areas,
            IndicatorRepository indicators,
            IndicatorValueRepository values,
            IndicatorTargetRepository targets) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.areas = areas;
        this.indicators = indicators;
        this.values = values;
        this.targets = targets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || indicators.count() > 0) {
            return;
        }
        AreaView region = areas.findByCode(REGION).orElse(null);
        if (region == null) {
            return;
        }
        new TransactionTemplate(transactions).executeWithoutResult(s -> load(region));
    }

    private void load(AreaView region) {
        List<AreaView> municipalities = areas.within(Long.valueOf(region.id()), AreaType.MUNICIPALITY);
        int last = Year.now(ZoneId.of("Europe/Helsinki")).getValue() - 1;
        int first = last - YEARS + 1;
        int count = 0;
        int linked = 0;
        for (LaplandIndicators.Spec spec : LaplandIndicators.all()) {
            long id = indicators.insert(new IndicatorView(
                    null,
                    spec.code(),
                    spec.name(),
                    spec.nameSv(),
                    spec.nameEn(),
                    spec.description(),
                    spec.unit(),
                    spec.source(),
                    null,
                    spec.polarity(),
                    spec.kind(),
                    spec.decimals(),
                    true,
                    null));
            List<Integer> rows = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            List<Long> areaIds = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            double[] weighted = new double[YEARS];
            long population = 0;
            for (AreaView m : municipalities) {
                int pop = m.population() == null ? 3000 : m.population();
                population += pop;
                double[] series = series(spec, m.code(), pop);
                for (int y = 0; y < YEARS; y++) {
                    weighted[y] += series[y] * pop;
                    rows.add(rows.size() + 1);
                    ids.add(id);
                    areaIds.add(Long.valueOf(m.id()));
                    years.add(first + y);
                    numbers.add(round(series[y], spec.decimals()));
                }
            }
            for (int y = 0; y < YEARS && population > 0; y++) {
                rows.add(rows.size() + 1);
                ids.add(id);
                areaIds.add(Long.valueOf(region.id()));
                years.add(first + y);
                numbers.add(round(weighted[y] / population, spec.decimals()));
            }
            values.write(
                    new IndicatorValueRepository.Chunk(
                            rows.toArray(Integer[]::new),
                            ids.toArray(Long[]::new),
                            areaIds.toArray(Long[]::new),
                            years.toArray(Integer[]::new),
                            numbers.toArray(String[]::new)),
                    false);
            count += rows.size();
            linked += linkPlanning(id, spec, region, last);
        }
        log.info("Demo indicators: {} indicators, {} values, {} links to planning", 10, count, linked);
    }

    /**
     * Ten years of one municipality: the regional level and trend, the factor of its kind, a factor
     * of its own, and yearly noise that is larger in a small municipality.
     */
    static double[] series(LaplandIndicators.Spec spec, String code, int population) {
        Random random = new Random((spec.code() + "/" + code).hashCode());
        double factor = Math.exp(random.nextGaussian() * 0.12);
        if (LaplandIndicators.TOWNS.contains(code)) {
            factor *= spec.town();
        }
        if (LaplandIndicators.TOURISM.contains(code)) {
            factor *= spec.tourism();
        }
        double ownTrend = spec.trend() + random.nextGaussian() * Math.abs(spec.trend()) * 0.6;
        double noise = spec.smallNoise() / Math.sqrt(Math.max(1.0, population / 1000.0));
        double[] out = new double[YEARS];
        for (int y = 0; y < YEARS; y++) {
            double v = spec.level() * factor * Math.pow(1 + ownTrend, y) * (1 + random.nextGaussian() * noise);
            v = Math.max(0, v);
            if ("PERCENT".equals(spec.unit())) {
                v = Math.min(100, v);
            }
            out[y] = v;
        }
        return out;
    }

    private static String round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Links up to three measures of the planning module whose titles speak of the indicator's
     * subject, and sets a regional target on a matching goal: only when planning's views exist.
     */
    private int linkPlanning(long indicatorId, LaplandIndicators.Spec spec, AreaView region, int lastYear) {
        String[] patterns = spec.keywords().stream().map(k -> "%" + k + "%").toArray(String[]::new);
        int links = 0;
        String measureView = exists("planning.v_measure")
                ? "planning.v_measure"
                : exists("planning.measure_view") ? "planning.measure_view" : null;
        if (measureView != null) {
            try {
                List<Long> measures = jdbc.sql(
                                "SELECT id FROM " + measureView + " WHERE title ILIKE ANY(?) ORDER BY id LIMIT 3")
                        .param(patterns)
                        .query(Long.class)
                        .list();
                for (Long m : measures) {
                    if (indicators.linkMeasure(indicatorId, m)) {
                        links++;
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not link demo measures to indicator {}: {}", spec.code(), e.getMessage());
            }
        }
        if (spec.keywords().size() > 0
                && ("DRUG_OFFENCES".equals(spec.code())
                        || "HOME_LEISURE_ACCIDENT_STAYS".equals(spec.code())
                        || "YOUTH_OUTSIDE_EDUCATION".equals(spec.code()))) {
            Long goal = null;
            String goalView = exists("planning.v_goal")
                    ? "planning.v_goal"
                    : exists("planning.goal_view") ? "planning.goal_view" : null;
            if (goalView != null) {
                try {
                    goal = jdbc.sql("SELECT id FROM " + goalView + " WHERE title ILIKE ANY(?) ORDER BY id LIMIT 1")
                            .param(patterns)
                            .query(Long.class)
                            .optional()
                            .orElse(null);
                } catch (RuntimeException e) {
                    log.warn("Could not find a demo goal for indicator {}: {}", spec.code(), e.getMessage());
                }
            }
            BigDecimal latest = jdbc.sql("SELECT value FROM indicators.indicator_value WHERE indicator_id = ?"
                            + " AND area_id = ? AND year = ?")
                    .params(indicatorId, Long.valueOf(region.id()), lastYear)
                    .query(BigDecimal.class)
                    .single();
            BigDecimal target = latest.multiply(new BigDecimal("0.85")).setScale(spec.decimals(), RoundingMode.HALF_UP);
            targets.insert(
                    indicatorId,
                    goal,
                    Long.parseLong(region.id()),
                    lastYear + 4,
                    target,
                    "Tavoite: 15 % alempi kuin vuonna " + lastYear + " (esittelyaineisto).");
        }
        return links;
    }

    private boolean exists(String relation) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL")
                .param(relation)
                .query(Boolean.class)
                .single();
    }
}
