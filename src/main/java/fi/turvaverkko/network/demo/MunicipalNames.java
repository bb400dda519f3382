package fi.turvaverkko.network.demo;

import java.util.Map;
import java.util.Set;

/**
 * The names of a municipality's organisation and bodies in Finnish and Swedish. Finnish needs the
 * genitive of the municipality's name, which no rule derives reliably, so the 21 of Lapland are listed.
 */
record MunicipalNames(String code, String nameFi, String nameSv, String genitive, boolean city) {

    private static final Set<String> CITIES = Set.of("240", "320", "698", "851");

    private static final Map<String, String> GENITIVES = Map.ofEntries(
            Map.entry("047", "Enontekiön"),
            Map.entry("148", "Inarin"),
            Map.entry("240", "Kemin"),
            Map.entry("241", "Keminmaan"),
            Map.entry("261", "Kittilän"),
            Map.entry("273", "Kolarin"),
            Map.entry("320", "Kemijärven"),
            Map.entry("498", "Muonion"),
            Map.entry("583", "Pelkosenniemen"),
            Map.entry("614", "Posion"),
            Map.entry("683", "Ranuan"),
            Map.entry("698", "Rovaniemen"),
            Map.entry("732", "Sallan"),
            Map.entry("742", "Savukosken"),
            Map.entry("751", "Simon"),
            Map.entry("758", "Sodankylän"),
            Map.entry("845", "Tervolan"),
            Map.entry("851", "Tornion"),
            Map.entry("854", "Pellon"),
            Map.entry("890", "Utsjoen"),
            Map.entry("976", "Ylitornion"));

    static MunicipalNames of(DemoMunicipality m) {
        String genitive = GENITIVES.get(m.code());
        if (genitive == null) {
            throw new IllegalArgumentException("no Finnish genitive for municipality " + m.code());
        }
        String sv = m.nameSv() == null ? m.nameFi() : m.nameSv();
        return new MunicipalNames(m.code(), m.nameFi(), sv, genitive, CITIES.contains(m.code()));
    }

    /** "Rovaniemen kaupunki", "Enontekiön kunta". */
    String actor() {
        return genitive + (city ? " kaupunki" : " kunta");
    }

    /** "Rovaniemi stad", "Enontekis kommun". */
    String actorSv() {
        return nameSv + (city ? " stad" : " kommun");
    }

    /** "kaupungin" or "kunnan", to build the names of the municipality's own bodies. */
    String ofTheMunicipality() {
        return city ? "kaupungin" : "kunnan";
    }

    /** "kaupunki" or "kunta". */
    String kind() {
        return city ? "kaupunki" : "kunta";
    }

    String council() {
        return genitive + (city ? " kaupunginvaltuusto" : " kunnanvaltuusto");
    }

    String councilSv() {
        return nameSv + (city ? " stadsfullmäktige" : " kommunfullmäktige");
    }

    String board() {
        return genitive + (city ? " kaupunginhallitus" : " kunnanhallitus");
    }

    String boardSv() {
        return nameSv + (city ? " stadsstyrelse" : " kommunstyrelse");
    }

    /** "Rovaniemen kaupungin johtoryhmä". */
    String managementGroup() {
        return genitive + " " + ofTheMunicipality() + " johtoryhmä";
    }

    /** "Rovaniemi stads ledningsgrupp", "Enontekis kommuns ledningsgrupp". */
    String managementGroupSv() {
        return nameSv + (city ? " stads" : " kommuns") + " ledningsgrupp";
    }

    String wellbeingSafetyGroup() {
        return genitive + " hyvinvointi- ja turvallisuustyöryhmä";
    }

    String wellbeingSafetyGroupSv() {
        return "Arbetsgruppen för välfärd och säkerhet i " + nameSv;
    }

    /** A committee by the Finnish word for it, e.g. "sivistyslautakunta" gives "Rovaniemen sivistyslautakunta". */
    String committee(String word) {
        return genitive + " " + word;
    }

    /** A committee by the Swedish word for it, e.g. "Bildningsnämnden" gives "Bildningsnämnden i Rovaniemi". */
    String committeeSv(String word) {
        return word + " i " + nameSv;
    }
}
