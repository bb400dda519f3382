package fi.turvaverkko.risks.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2018 regional risk assessment template of {@code lapland-context.md}: likelihood 1–5 and
 * impact 1–5 in seven dimensions. The outer bands come from the template; the bands between them
 * are demo data [?] that a region corrects to its own.
 */
final class ScaleTemplate {

    private ScaleTemplate() {}

    // size: the 2018 template is one table of labels and bounds, read as one
    static RiskScaleView lapland2018() {
        return new RiskScaleView(
                null,
                null,
                "19",
                "Alueellinen riskiarvio – arviointiasteikot (2018 malli)",
                "Regional riskbedömning – bedömningsskalor (2018 års modell)",
                "Regional risk assessment – rating scales (2018 template)",
                "Todennäköisyys 1–5 ja vaikutukset 1–5 seitsemässä ulottuvuudessa. Riskin suuruus = vaikutusten"
                        + " keskiarvo × todennäköisyys. Ääripäiden rajat ovat vuoden 2018 alueellisesta mallista;"
                        + " väliin jäävät rajat ovat esittelyaineistoa, jonka alue tarkistaa.",
                new RiskDimensionView(
                        "LIKELIHOOD",
                        "Todennäköisyys",
                        "Sannolikhet",
                        "Likelihood",
                        "kertaa vuodessa",
                        "gånger per år",
                        "times a year",
                        levels(
                                new String[][] {
                                    {
                                        "Harvemmin kuin kerran 1 000 vuodessa",
                                        "Mer sällan än en gång på 1 000 år",
                                        "Rarer than once in 1,000 years"
                                    },
                                    {"Kerran 100–1 000 vuodessa", "En gång på 100–1 000 år", "Once in 100–1,000 years"},
                                    {"Kerran 20–100 vuodessa", "En gång på 20–100 år", "Once in 20–100 years"},
                                    {"Kerran 10–20 vuodessa", "En gång på 10–20 år", "Once in 10–20 years"},
                                    {
                                        "Useammin kuin kerran 10 vuodessa",
                                        "Oftare än en gång på 10 år",
                                        "More often than once in 10 years"
                                    }
                                },
                                "0",
                                "0.001",
                                "0.01",
                                "0.05",
                                "0.1",
                                null)),
                List.of(
                        measured(
                                "DEATHS",
                                "Kuolleet",
                                "Döda",
                                "Deaths",
                                "henkeä",
                                "personer",
                                "people",
                                "0",
                                "5",
                                "20",
                                "50",
                                "200",
                                null),
                        measured(
                                "INJURED",
                                "Loukkaantuneet",
                                "Skadade",
                                "Injured",
                                "henkeä",
                                "personer",
                                "people",
                                "0",
                                "15",
                                "60",
                                "150",
                                "600",
                                null),
                        measured(
                                "EVACUATED",
                                "Evakuoidut",
                                "Evakuerade",
                                "Evacuated",
                                "henkeä",
                                "personer",
                                "people",
                                "0",
                                "50",
                                "200",
                                "500",
                                "2000",
                                null),
                        measured(
                                "MATERIAL_DAMAGE",
                                "Aineelliset vahingot",
                                "Materiella skador",
                                "Material damage",
                                "milj. €",
                                "milj. €",
                                "million €",
                                "0",
                                "1",
                                "10",
                                "50",
                                "500",
                                null),
                        measured(
                                "BUSINESS_INTERRUPTION",
                                "Toiminnan keskeytys",
                                "Avbrott i verksamheten",
                                "Business interruption",
                                "milj. €",
                                "milj. €",
                                "million €",
                                "0",
                                "1",
                                "10",
                                "50",
                                "500",
                                null),
                        measured(
                                "ENVIRONMENT",
                                "Ympäristövahingot",
                                "Miljöskador",
                                "Environmental damage",
                                "km²",
                                "km²",
                                "km²",
                                "0",
                                "1",
                                "10",
                                "100",
                                "1000",
                                null),
                        new RiskDimensionView(
                                "SOCIETAL",
                                "Yhteiskunnalliset vaikutukset",
                                "Samhälleliga konsekvenser",
                                "Societal impact",
                                null,
                                null,
                                null,
                                levels(
                                        new String[][] {
                                            {
                                                "Ei vaikutusta yhteiskunnan elintärkeisiin toimintoihin",
                                                "Ingen påverkan på samhällets vitala funktioner",
                                                "No effect on the vital functions of society"
                                            },
                                            {
                                                "Yksittäinen elintärkeä toiminto häiriintyy alle vuorokauden",
                                                "En enskild vital funktion störs i mindre än ett dygn",
                                                "One vital function disrupted for less than a day"
                                            },
                                            {
                                                "Useampi elintärkeä toiminto häiriintyy 1–3 vuorokautta",
                                                "Flera vitala funktioner störs i 1–3 dygn",
                                                "Several vital functions disrupted for 1–3 days"
                                            },
                                            {
                                                "Elintärkeät toiminnot häiriintyvät laajasti 3–7 vuorokautta",
                                                "Vitala funktioner störs omfattande i 3–7 dygn",
                                                "Vital functions widely disrupted for 3–7 days"
                                            },
                                            {
                                                "Elintärkeät toiminnot häiriintyvät laajasti yli viikon",
                                                "Vitala funktioner störs omfattande i mer än en vecka",
                                                "Vital functions widely disrupted for more than a week"
                                            }
                                        },
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))),
                null);
    }

    private static RiskDimensionView measured(
            String code,
            String fi,
            String sv,
            String en,
            String unitFi,
            String unitSv,
            String unitEn,
            String... bounds) {
        String[][] labels = new String[5][3];
        for (int i = 0; i < 5; i++) {
            String lo = bounds[i];
            String hi = bounds[i + 1];
            if (i == 0) {
                labels[i] = new String[] {
                    "alle " + hi + " " + unitFi, "under " + hi + " " + unitSv, "under " + hi + " " + unitEn
                };
            } else if (hi == null) {
                labels[i] = new String[] {
                    "vähintään " + lo + " " + unitFi, "minst " + lo + " " + unitSv, "at least " + lo + " " + unitEn
                };
            } else {
                labels[i] = new String[] {
                    lo + "–" + hi + " " + unitFi, lo + "–" + hi + " " + unitSv, lo + "–" + hi + " " + unitEn
                };
            }
        }
        return new RiskDimensionView(code, fi, sv, en, unitFi, unitSv, unitEn, levels(labels, bounds));
    }

    private static List<RiskLevelView> levels(String[][] labels, String... bounds) {
        List<RiskLevelView> list = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            list.add(new RiskLevelView(
                    i + 1,
                    labels[i][0],
                    labels[i][1],
                    labels[i][2],
                    bounds[i] == null ? null : new BigDecimal(bounds[i]),
                    bounds[i + 1] == null ? null : new BigDecimal(bounds[i + 1])));
        }
        return list;
    }
}
