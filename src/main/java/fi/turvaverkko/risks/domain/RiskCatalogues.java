package fi.turvaverkko.risks.domain;

import static fi.turvaverkko.platform.CatalogueEntry.builtIn;

import fi.turvaverkko.platform.Catalogues;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The categories of risk scenarios: the themes of the national risk assessment 2023 (Ministry of
 * the Interior publications 2023:4), which a region may extend. Scenario themes come from the
 * planning module's catalogue {@code themes}, so that the analysis can match scenarios with
 * measures.
 */
@Component
@Order(16)
public class RiskCatalogues implements ApplicationRunner {

    public static final String CATEGORIES = "risk-categories";

    /** The planning module's catalogue of themes, shared with measures. */
    public static final String THEMES = "themes";

    public static final List<String> RELIABILITIES = List.of("LOW", "MEDIUM", "HIGH");

    private final Catalogues catalogues;

    RiskCatalogues(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogues.ensure(
                CATEGORIES,
                List.of(
                        builtIn(
                                "INFORMATION_INFLUENCE",
                                "Informaatiovaikuttaminen",
                                "Informationspåverkan",
                                "Information influence"),
                        builtIn(
                                "PRESSURE",
                                "Poliittinen, taloudellinen ja sotilaallinen painostus",
                                "Politiska, ekonomiska och militära påtryckningar",
                                "Political, economic and military pressure"),
                        builtIn(
                                "MILITARY_FORCE",
                                "Sotilaallisen voiman käyttö",
                                "Användning av militära maktmedel",
                                "Use of military force"),
                        builtIn(
                                "MIGRATION",
                                "Laajamittainen tai välineellistetty maahantulo",
                                "Storskalig eller instrumentaliserad inresa",
                                "Large-scale or instrumentalised migration"),
                        builtIn(
                                "TERRORISM", "Terrori- tai muu väkivaltainen hyökkäys",
                                "Terrorattack eller annat våldsamt angrepp", "Terrorist or other violent attack"),
                        builtIn(
                                "MASS_UNREST",
                                "Väkivaltaiset joukkolevottomuudet",
                                "Våldsamma massoroligheter",
                                "Violent mass unrest"),
                        builtIn(
                                "PUBLIC_FINANCES", "Julkisen talouden häiriöt",
                                "Störningar i den offentliga ekonomin", "Disruption of public finances"),
                        builtIn(
                                "FINANCIAL_SYSTEM",
                                "Rahoitusjärjestelmän häiriöt",
                                "Störningar i finanssystemet",
                                "Disruption of the financial system"),
                        builtIn(
                                "ENERGY_SUPPLY",
                                "Energiahuollon häiriöt",
                                "Störningar i energiförsörjningen",
                                "Disruption of energy supply"),
                        builtIn(
                                "COMMUNICATIONS",
                                "Tietoliikenneverkkojen ja -järjestelmien häiriöt",
                                "Störningar i kommunikationsnät och -system",
                                "Disruption of communication networks"),
                        builtIn("TRANSPORT", "Liikenteen häiriöt", "Störningar i trafiken", "Disruption of transport"),
                        builtIn(
                                "HEALTH_SECURITY",
                                "Terveysturvallisuuden häiriöt",
                                "Störningar i hälsosäkerheten",
                                "Threats to health security"),
                        builtIn(
                                "WATER_SUPPLY",
                                "Vesihuollon häiriöt",
                                "Störningar i vattenförsörjningen",
                                "Disruption of water supply"),
                        builtIn(
                                "FOOD_SUPPLY",
                                "Ruokahuollon häiriöt",
                                "Störningar i livsmedelsförsörjningen",
                                "Disruption of food supply"),
                        builtIn(
                                "LARGE_ACCIDENTS", "Suuret ja pitkäkestoiset onnettomuudet",
                                "Stora och långvariga olyckor", "Large and long-lasting accidents")));
    }
}
