package fi.turvaverkko.indicators.demo;

import java.util.List;
import java.util.Set;

/**
 * The ten Lapland safety indicators of {@code lapland-context.md} (mostly from Sotkanet) and the
 * model that draws ten years of plausible demo values for them: a regional level, a yearly trend,
 * a factor per kind of municipality and noise that grows as the population shrinks. The values are
 * invented for the demo; they are not Sotkanet's statistics.
 */
final class LaplandIndicators {

    private LaplandIndicators() {}

    /** Towns where crime and substance indicators run higher. */
    static final Set<String> TOWNS = Set.of("698", "240", "851", "241");

    /** Fell-tourism municipalities: more traffic, more drink-driving and road injuries. */
    static final Set<String> TOURISM = Set.of("261", "273", "498", "047", "148", "758");

    /**
     * One indicator of the demo and its model.
     *
     * @param level the regional value of the first year
     * @param trend relative change per year
     * @param town factor in the towns
     * @param tourism factor in the fell-tourism municipalities
     * @param smallNoise relative noise in a municipality of 1,000 residents
     * @param keywords words of measure titles (planning) that aim to move it, for linking demo measures
     */
    record Spec(
            String code,
            String name,
            String nameSv,
            String nameEn,
            String description,
            String unit,
            String source,
            String polarity,
            String kind,
            int decimals,
            double level,
            double trend,
            double town,
            double tourism,
            double smallNoise,
            List<String> keywords) {}

    static final String NOTE = " Esittelyaineiston arvot ovat keksittyjä, eivät Sotkanetin tilastoja.";

    static List<Spec> all() {
        return List.of(
                new Spec(
                        "CRIMES_LIFE_HEALTH",
                        "Poliisin tietoon tulleet henkeen ja terveyteen kohdistuneet rikokset / 1 000 asukasta",
                        "Brott mot liv och hälsa som kommit till polisens kännedom / 1 000 invånare",
                        "Offences against life and health known to the police per 1,000 residents",
                        "Henkeen ja terveyteen kohdistuneet rikokset (muun muassa pahoinpitelyt) kuvaavat"
                                + " väkivallan määrää kunnassa. Nykytilaa kuvaava indikaattori." + NOTE,
                        "PER_1000",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "CURRENT_STATE",
                        1,
                        8.3,
                        0.012,
                        1.22,
                        1.05,
                        0.22,
                        List.of("väkival", "lähisuhde")),
                new Spec(
                        "STREET_SAFETY_INDEX",
                        "Katuturvallisuusindeksi",
                        "Gatusäkerhetsindex",
                        "Street safety index",
                        "Poliisin tietoon tulleista ryöstöistä, pahoinpitelyistä, vahingonteoista ja"
                                + " rattijuopumuksista laskettu indeksi; mitä suurempi arvo, sitä turvallisempi"
                                + " katuympäristö. Nykytilaa kuvaava indikaattori." + NOTE,
                        "INDEX",
                        "SOTKANET",
                        "HIGHER_IS_BETTER",
                        "CURRENT_STATE",
                        1,
                        104.0,
                        0.002,
                        0.9,
                        0.97,
                        0.05,
                        List.of("turvallisuuskävely", "katu", "ilkivalta")),
                new Spec(
                        "ROAD_INJURED",
                        "Tieliikenneonnettomuuksissa loukkaantuneet / 10 000 asukasta",
                        "Skadade i vägtrafikolyckor / 10 000 invånare",
                        "People injured in road traffic accidents per 10,000 residents",
                        "Poliisin tietoon tulleissa tieliikenneonnettomuuksissa loukkaantuneet suhteessa"
                                + " väkilukuun. Nykytilaa kuvaava indikaattori." + NOTE,
                        "PER_10000",
                        "STATISTICS_FINLAND",
                        "HIGHER_IS_WORSE",
                        "CURRENT_STATE",
                        1,
                        12.5,
                        -0.012,
                        0.95,
                        1.3,
                        0.35,
                        List.of("liikenne", "liikku", "heijastin", "kypärä")),
                new Spec(
                        "DRUG_OFFENCES",
                        "Poliisin tietoon tulleet huumausainerikokset / 1 000 asukasta",
                        "Narkotikabrott som kommit till polisens kännedom / 1 000 invånare",
                        "Drug offences known to the police per 1,000 residents",
                        "Huumausainerikosten määrä kuvaa sekä huumeiden käyttöä että poliisin valvontaa."
                                + " Nykytilaa kuvaava indikaattori." + NOTE,
                        "PER_1000",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "CURRENT_STATE",
                        1,
                        2.9,
                        0.045,
                        1.45,
                        1.0,
                        0.3,
                        List.of("huume", "päihde", "päihte")),
                new Spec(
                        "HOME_LEISURE_ACCIDENT_STAYS",
                        "Koti- ja vapaa-ajan tapaturmien vuoksi sairaalahoidossa olleet / 10 000 asukasta",
                        "Sjukhusvårdade på grund av olycksfall i hemmet och på fritiden / 10 000 invånare",
                        "Hospital stays after home and leisure accidents per 10,000 residents",
                        "Koti- ja vapaa-ajan tapaturmien (muun muassa kaatumisten) vuoksi vuodeosastolla"
                                + " hoidetut potilaat. Nykytilaa kuvaava indikaattori." + NOTE,
                        "PER_10000",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "CURRENT_STATE",
                        0,
                        188.0,
                        0.011,
                        0.95,
                        1.04,
                        0.12,
                        List.of("kotitapaturm", "kaatumi", "tapaturm")),
                new Spec(
                        "FAMILIES_SOCIAL_ASSISTANCE",
                        "Toimeentulotukea saaneet lapsiperheet, % lapsiperheistä",
                        "Barnfamiljer som fått utkomststöd, % av barnfamiljerna",
                        "Families with children receiving social assistance, % of families with children",
                        "Perustoimeentulotukea vuoden aikana saaneiden lapsiperheiden osuus. Ennakoiva"
                                + " indikaattori: kertoo perheiden taloudellisesta kuormituksesta." + NOTE,
                        "PERCENT",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "LEADING",
                        1,
                        9.6,
                        -0.015,
                        1.2,
                        0.9,
                        0.2,
                        List.of("perhe", "lapsiperhe", "vanhemm")),
                new Spec(
                        "CHILDREN_PLACED",
                        "Kodin ulkopuolelle sijoitetut 0–17-vuotiaat, % vastaavanikäisestä väestöstä",
                        "0–17-åringar placerade utom hemmet, % av befolkningen i samma ålder",
                        "Children aged 0–17 placed outside the home, % of the same age group",
                        "Vuoden aikana kodin ulkopuolelle sijoitettujen lasten ja nuorten osuus. Ennakoiva"
                                + " indikaattori." + NOTE,
                        "PERCENT",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "LEADING",
                        2,
                        1.55,
                        0.012,
                        1.3,
                        0.9,
                        0.3,
                        List.of("lastensuojel", "perhe", "nuor")),
                new Spec(
                        "YOUTH_OUTSIDE_EDUCATION",
                        "Koulutuksen ulkopuolelle jääneet 17–24-vuotiaat, % vastaavanikäisestä väestöstä",
                        "17–24-åringar utanför utbildning, % av befolkningen i samma ålder",
                        "People aged 17–24 outside education, % of the same age group",
                        "Nuoret, jotka eivät opiskele eivätkä ole suorittaneet perusasteen jälkeistä"
                                + " tutkintoa. Ennakoiva indikaattori syrjäytymisen riskistä." + NOTE,
                        "PERCENT",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "LEADING",
                        1,
                        9.1,
                        -0.014,
                        1.1,
                        1.0,
                        0.25,
                        List.of("nuor", "syrjäyty", "etsivä")),
                new Spec(
                        "ELDERLY_LIVING_ALONE",
                        "Yksin asuvat 75 vuotta täyttäneet, % vastaavanikäisestä asuntoväestöstä",
                        "Ensamboende 75 år fyllda, % av bostadsbefolkningen i samma ålder",
                        "People aged 75 and over living alone, % of the same age group",
                        "Yksin asuvien ikääntyneiden osuus kertoo tarpeesta tukea kotona asumisen"
                                + " turvallisuutta. Ennakoiva indikaattori." + NOTE,
                        "PERCENT",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "LEADING",
                        1,
                        50.5,
                        0.005,
                        1.02,
                        1.0,
                        0.05,
                        List.of("ikääntyn", "ikäihmis", "vanhus", "kotona asu")),
                new Spec(
                        "DRINK_DRIVING",
                        "Poliisin tietoon tulleet rattijuopumukset / 1 000 asukasta",
                        "Rattfylleri som kommit till polisens kännedom / 1 000 invånare",
                        "Drink-driving offences known to the police per 1,000 residents",
                        "Rattijuopumusten määrä kuvaa päihteiden käyttöä liikenteessä ja liikennevalvontaa."
                                + " Ennakoiva indikaattori." + NOTE,
                        "PER_1000",
                        "SOTKANET",
                        "HIGHER_IS_WORSE",
                        "LEADING",
                        1,
                        3.9,
                        -0.02,
                        0.95,
                        1.25,
                        0.3,
                        List.of("rattijuop", "päihde", "liikenne")));
    }
}
