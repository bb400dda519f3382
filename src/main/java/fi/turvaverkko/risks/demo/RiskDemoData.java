package fi.turvaverkko.risks.demo;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.DemoData;
import fi.turvaverkko.risks.RiskScaleService;
import fi.turvaverkko.risks.RiskScaleView;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.risks.RiskScenarioView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Loads Lapland's risk assessment on a first start: the 2018 regional template as the region's
 * scale, and the scenarios of {@code lapland-context.md} linked to the themes of the national risk
 * assessment 2023, two of them restricted. When the planning module's views exist, measures whose
 * titles speak of a scenario's subject are linked as its mitigating measures.
 */
@Component
@Order(130)
class RiskDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RiskDemoData.class);
    static final String REGION = "19";
    static final List<String> DIMENSIONS = List.of(
            "DEATHS", "INJURED", "EVACUATED", "MATERIAL_DAMAGE", "BUSINESS_INTERRUPTION", "ENVIRONMENT", "SOCIETAL");

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final Areas areas;
    private final Actors actors;
    private final RiskScaleService scales;
    private final RiskScenarioService scenarios;

    RiskDemoData(
            DemoData demo,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Areas areas,
            Actors actors,
            RiskScaleService scales,
            RiskScenarioService scenarios) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.areas = areas;
        this.actors = actors;
        this.scales = scales;
        this.scenarios = scenarios;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        long existing =
                jdbc.sql("SELECT count(*) FROM risks.scale").query(Long.class).single();
        AreaView region = areas.findByCode(REGION).orElse(null);
        if (existing > 0 || region == null) {
            return;
        }
        new TransactionTemplate(transactions).executeWithoutResult(s -> load(region));
    }

    /** A scenario of the demo; impacts in the order of {@link #DIMENSIONS}. */
    record Spec(
            String title,
            String titleSv,
            String titleEn,
            String description,
            String category,
            List<String> themes,
            List<String> areaCodes,
            String owner,
            LocalDate reviewDate,
            int likelihood,
            int[] impacts,
            String reliability,
            Integer residualLikelihood,
            Integer residualImpact,
            List<String> resourceTypes,
            boolean restricted,
            List<String> keywords) {}

    private void load(AreaView region) {
        RiskScaleView scale = scales.load(Long.parseLong(region.id()), scales.template());
        String measureView = firstExisting("planning.v_measure", "planning.measure_view");
        int count = 0;
        int links = 0;
        for (Spec s : LaplandScenarios.all()) {
            ActorView owner = actors.search(s.owner()).stream()
                    .filter(a -> a.name().equals(s.owner()))
                    .findFirst()
                    .orElse(null);
            if (owner == null) {
                log.warn("Demo risk scenario {} skipped: no actor {}", s.title(), s.owner());
                continue;
            }
            Map<String, Integer> impacts = new LinkedHashMap<>();
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                impacts.put(DIMENSIONS.get(i), s.impacts()[i]);
            }
            List<String> measures = measures(measureView, s.keywords());
            links += measures.size();
            scenarios.load(new RiskScenarioView(
                    null,
                    null,
                    REGION,
                    scale.id(),
                    s.title(),
                    s.titleSv(),
                    s.titleEn(),
                    s.description(),
                    null,
                    s.category(),
                    s.themes(),
                    null,
                    s.areaCodes(),
                    owner.id(),
                    s.reviewDate(),
                    s.likelihood(),
                    impacts,
                    null,
                    null,
                    s.reliability(),
                    s.residualLikelihood(),
                    s.residualImpact(),
                    null,
                    measures,
                    s.resourceTypes(),
                    s.restricted(),
                    null));
            count++;
        }
        log.info("Demo risk assessment: 1 scale, {} scenarios, {} links to measures", count, links);
    }

    private List<String> measures(String view, List<String> keywords) {
        if (view == null || keywords.isEmpty()) {
            return List.of();
        }
        try {
            String[] patterns = keywords.stream().map(k -> "%" + k + "%").toArray(String[]::new);
            return new ArrayList<>(
                    jdbc.sql("SELECT id::text FROM " + view + " WHERE title ILIKE ANY(?) ORDER BY id LIMIT 3")
                            .param(patterns)
                            .query(String.class)
                            .list());
        } catch (RuntimeException e) {
            log.warn("Could not link demo measures to risk scenarios: {}", e.getMessage());
            return List.of();
        }
    }

    private String firstExisting(String... relations) {
        for (String r : relations) {
            Boolean exists = jdbc.sql("SELECT to_regclass(?) IS NOT NULL")
                    .param(r)
                    .query(Boolean.class)
                    .single();
            if (Boolean.TRUE.equals(exists)) {
                return r;
            }
        }
        return null;
    }
}
