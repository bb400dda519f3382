package fi.turvaverkko.planning.domain;

import static fi.turvaverkko.platform.CatalogueEntry.builtIn;

import fi.turvaverkko.platform.Catalogues;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The catalogue of the kinds of programmes and plans a region extends, with the codes issue 3 names. */
@Component
@Order(12)
public class PlanningCatalogues implements ApplicationRunner {

    public static final String PLAN_KINDS = "plan-kinds";

    /** Kinds whose goals stand at the top: a missing link up is no gap for them. */
    public static final Set<String> NATIONAL_KINDS = Set.of("NATIONAL_STRATEGY", "NATIONAL_POLICY_PROGRAMME");

    public static final String ACTION_LIST = "ACTION_LIST";
    public static final String WELLBEING_PLAN = "WELLBEING_PLAN";
    public static final String WELLBEING_REPORT = "WELLBEING_REPORT";

    private final Catalogues catalogues;

    PlanningCatalogues(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogues.ensure(
                PLAN_KINDS,
                List.of(
                        builtIn(
                                "NATIONAL_STRATEGY",
                                "Kansallinen strategia",
                                "Nationell strategi",
                                "National strategy"),
                        builtIn(
                                "NATIONAL_POLICY_PROGRAMME",
                                "Kansallinen toimenpideohjelma",
                                "Nationellt åtgärdsprogram",
                                "National policy programme"),
                        builtIn("PROVINCIAL_PROGRAMME", "Maakuntaohjelma", "Landskapsprogram", "Provincial programme"),
                        builtIn(
                                "REGIONAL_PROGRAMME",
                                "Alueellinen sisäisen turvallisuuden ohjelma",
                                "Regionalt program för inre säkerhet",
                                "Regional internal security programme"),
                        builtIn("REGIONAL_STRATEGY", "Alueellinen strategia", "Regional strategi", "Regional strategy"),
                        builtIn("SAFETY_PLAN", "Turvallisuussuunnitelma", "Säkerhetsplan", "Safety plan"),
                        builtIn("WELLBEING_PLAN", "Hyvinvointisuunnitelma", "Välfärdsplan", "Wellbeing plan"),
                        builtIn("WELLBEING_REPORT", "Hyvinvointikertomus", "Välfärdsberättelse", "Wellbeing report"),
                        builtIn("PREPAREDNESS_PLAN", "Valmiussuunnitelma", "Beredskapsplan", "Preparedness plan"),
                        builtIn("SECTOR_PLAN", "Toimialakohtainen suunnitelma", "Sektorspecifik plan", "Sector plan"),
                        builtIn("ACTION_LIST", "Toimenpidelista", "Åtgärdslista", "Action list")));
    }
}
