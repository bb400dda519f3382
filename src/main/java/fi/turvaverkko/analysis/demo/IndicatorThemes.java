package fi.turvaverkko.analysis.demo;

import fi.turvaverkko.analysis.domain.AnalysisRepository;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Which themes of the action list the Lapland safety indicators speak to, so that an indicator
 * moving the wrong way where no measure of those themes runs shows as a gap. Loaded once, when the
 * table is empty; a region changes it in the database.
 */
@Component
@Order(170)
class IndicatorThemes implements ApplicationRunner {

    static final Map<String, List<String>> DEFAULTS = Map.of(
            "CRIMES_LIFE_HEALTH", List.of("VIOLENCE_CRIME", "VICTIM_SUPPORT"),
            "STREET_SAFETY_INDEX", List.of("VIOLENCE_CRIME", "SAFE_MOBILITY"),
            "ROAD_INJURED", List.of("SAFE_MOBILITY"),
            "DRUG_OFFENCES", List.of("SUBSTANCE_USE"),
            "HOME_LEISURE_ACCIDENT_STAYS", List.of("HOME_LEISURE_ACCIDENTS", "FIRE_SAFETY"),
            "FAMILIES_SOCIAL_ASSISTANCE", List.of("EXCLUSION"),
            "CHILDREN_PLACED", List.of("EXCLUSION", "LEARNING_ENVIRONMENT"),
            "YOUTH_OUTSIDE_EDUCATION", List.of("EXCLUSION", "LEARNING_ENVIRONMENT"),
            "ELDERLY_LIVING_ALONE", List.of("HOME_LEISURE_ACCIDENTS", "EXCLUSION"),
            "DRINK_DRIVING", List.of("SAFE_MOBILITY", "SUBSTANCE_USE"));

    private final AnalysisRepository repository;

    IndicatorThemes(AnalysisRepository repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.indicatorThemeCount() > 0) {
            return;
        }
        DEFAULTS.forEach((code, themes) -> themes.forEach(theme -> repository.addIndicatorTheme(code, theme)));
    }
}
