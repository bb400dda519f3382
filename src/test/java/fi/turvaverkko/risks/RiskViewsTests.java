package fi.turvaverkko.risks;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read-only views the analysis module builds on (docs/conventions.md, ADR 0007) keep their
 * columns, and carry the restricted flag so that the reader can hide restricted scenarios.
 */
@IntegrationTest
class RiskViewsTests {

    @Autowired
    JdbcClient jdbc;

    List<String> columns(String schema, String view) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                        + " ORDER BY ordinal_position")
                .params(schema, view)
                .query(String.class)
                .list();
    }

    @Test
    void theViewsHaveTheAgreedColumns() {
        assertThat(columns("risks", "v_scenario"))
                .startsWith(
                        "id", "title", "category", "score", "residual_score", "restricted", "review_date", "region_id");
        assertThat(columns("risks", "v_scenario_area")).containsExactly("scenario_id", "area_id");
        assertThat(columns("risks", "v_scenario_theme")).containsExactly("scenario_id", "theme");
        assertThat(columns("risks", "v_scenario_resource_type")).containsExactly("scenario_id", "resource_type");
        assertThat(columns("risks", "v_scenario_measure")).containsExactly("scenario_id", "measure_id");
        assertThat(columns("indicators", "v_indicator_trend"))
                .startsWith(
                        "indicator_code",
                        "area_id",
                        "polarity",
                        "latest_year",
                        "latest_value",
                        "previous_value",
                        "direction");
    }

    @Test
    void theViewsHoldTheDemoScenariosWithTheirLinks() {
        assertThat(jdbc.sql("SELECT count(*) FROM risks.v_scenario WHERE restricted")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM risks.v_scenario s JOIN risks.v_scenario_theme t ON t.scenario_id = s.id
                        WHERE s.title LIKE 'Useita samanaikaisia maastopaloja' AND t.theme = 'FIRE_SAFETY'""").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM risks.v_scenario s JOIN risks.v_scenario_resource_type r ON r.scenario_id = s.id
                        WHERE s.title LIKE 'Kevättulva%' AND r.resource_type = 'FLOOD_BARRIER'""").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM indicators.v_indicator_trend t JOIN network.area a ON a.id = t.area_id
                        WHERE t.indicator_code = 'DRUG_OFFENCES' AND a.code = '698'
                          AND t.direction IN ('IMPROVING', 'WORSENING', 'UNCHANGED')""").query(Long.class).single()).isEqualTo(1);
    }
}
