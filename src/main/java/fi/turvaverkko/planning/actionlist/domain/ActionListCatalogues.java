package fi.turvaverkko.planning.actionlist.domain;

import static fi.turvaverkko.platform.CatalogueEntry.builtIn;

import fi.turvaverkko.platform.Catalogues;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The catalogues of the action list a region extends: themes, target groups and funding sources, with
 * the codes issue 3 names and the sections of the Lapland action list.
 */
@Component
@Order(12)
public class ActionListCatalogues implements ApplicationRunner {

    public static final String THEMES = "themes";
    public static final String TARGET_GROUPS = "target-groups";
    public static final String FUNDING_SOURCES = "funding-sources";

    private final Catalogues catalogues;

    ActionListCatalogues(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogues.ensure(
                THEMES,
                List.of(
                        builtIn("SAFE_MOBILITY", "Turvallinen liikkuminen", "Trygg rörlighet", "Safe mobility"),
                        builtIn(
                                "LEARNING_ENVIRONMENT",
                                "Turvallinen kasvu- ja oppimisympäristö",
                                "Trygg uppväxt- och lärmiljö",
                                "Safe growing-up and learning environment"),
                        builtIn(
                                "SUBSTANCE_USE",
                                "Päihteiden käytön ehkäisy",
                                "Förebyggande av missbruk",
                                "Preventing substance use"),
                        builtIn(
                                "VIOLENCE_CRIME",
                                "Väkivallan ja rikosten ehkäisy",
                                "Förebyggande av våld och brott",
                                "Preventing violence and crime"),
                        builtIn(
                                "EXCLUSION",
                                "Syrjäytymisen ehkäisy",
                                "Förebyggande av utanförskap",
                                "Preventing social exclusion"),
                        builtIn("VICTIM_SUPPORT", "Uhrien tukeminen", "Stöd till brottsoffer", "Support for victims"),
                        builtIn(
                                "HOME_LEISURE_ACCIDENTS",
                                "Koti- ja vapaa-ajan tapaturmat",
                                "Olycksfall i hemmet och på fritiden",
                                "Home and leisure accidents"),
                        builtIn("FIRE_SAFETY", "Paloturvallisuus", "Brandsäkerhet", "Fire safety"),
                        builtIn(
                                "PREPAREDNESS",
                                "Varautuminen ja häiriötilanteet",
                                "Beredskap och störningssituationer",
                                "Preparedness and disruptions"),
                        builtIn("VILLAGE_SAFETY", "Kylien turvallisuus", "Byarnas säkerhet", "Village safety"),
                        builtIn("TOURISM_SAFETY", "Matkailun turvallisuus", "Turismens säkerhet", "Tourism safety"),
                        builtIn("SAFETY_TRAINING", "Turvallisuuskoulutus", "Säkerhetsutbildning", "Safety training"),
                        builtIn(
                                "PLANNING_MONITORING",
                                "Suunnittelu, seuranta ja yhteistyö",
                                "Planering, uppföljning och samarbete",
                                "Planning, monitoring and cooperation")));
        catalogues.ensure(
                TARGET_GROUPS,
                List.of(
                        builtIn("FAMILIES", "Lapsiperheet", "Barnfamiljer", "Families with children"),
                        builtIn("CHILDREN_YOUTH", "Lapset ja nuoret", "Barn och unga", "Children and young people"),
                        builtIn("OLDER_PEOPLE", "Ikääntyneet", "Äldre", "Older people"),
                        builtIn("IMMIGRANTS", "Maahanmuuttajat", "Invandrare", "Immigrants"),
                        builtIn("TOURISTS", "Matkailijat", "Turister", "Tourists"),
                        builtIn("VILLAGES", "Kylät ja haja-asutusalueet", "Byar och glesbygd", "Villages"),
                        builtIn("WORKPLACES", "Työpaikat ja yritykset", "Arbetsplatser och företag", "Workplaces"),
                        builtIn("WHOLE_POPULATION", "Koko väestö", "Hela befolkningen", "Whole population")));
        catalogues.ensure(
                FUNDING_SOURCES,
                List.of(
                        builtIn("MUNICIPAL_BUDGET", "Kunnan talousarvio", "Kommunens budget", "Municipal budget"),
                        builtIn(
                                "WELLBEING_COUNTY_BUDGET",
                                "Hyvinvointialueen talousarvio",
                                "Välfärdsområdets budget",
                                "Wellbeing services county budget"),
                        builtIn("STATE_BUDGET", "Valtion talousarvio", "Statsbudgeten", "State budget"),
                        builtIn("STATE_GRANT", "Valtionavustus", "Statsunderstöd", "State grant"),
                        builtIn("EU_FUNDING", "EU-rahoitus", "EU-finansiering", "EU funding"),
                        builtIn(
                                "STEA",
                                "STEA-avustus (sosiaali- ja terveysjärjestöt)",
                                "STEA-understöd (social- och hälsoorganisationer)",
                                "STEA grant (social and health NGOs)"),
                        builtIn("OWN_FUNDS", "Toimijan omat varat", "Aktörens egna medel", "Actor's own funds"),
                        builtIn("OTHER", "Muu rahoitus", "Annan finansiering", "Other funding")));
    }
}
