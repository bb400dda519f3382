package fi.turvaverkko.network.domain;

import static fi.turvaverkko.platform.CatalogueEntry.builtIn;

import fi.turvaverkko.platform.Catalogues;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The network's catalogues: sectors of actors and kinds of groups, with the codes the product needs. */
@Component
@Order(10)
public class NetworkCatalogues implements ApplicationRunner {

    public static final String SECTORS = "sectors";
    public static final String GROUP_KINDS = "group-kinds";

    /** Sectors whose actors are authorities unless said otherwise (docs/rights.md). */
    public static final Set<String> AUTHORITY_SECTORS = Set.of(
            "STATE_AUTHORITY",
            "POLICE",
            "RESCUE",
            "MUNICIPALITY",
            "WELLBEING_COUNTY",
            "REGIONAL_COUNCIL",
            "DEFENCE",
            "BORDER_GUARD",
            "CUSTOMS",
            "EMERGENCY_SERVICES");

    public static final List<String> LEVELS = List.of("NATIONAL", "REGIONAL", "LOCAL");

    private final Catalogues catalogues;

    NetworkCatalogues(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogues.ensure(
                SECTORS,
                List.of(
                        builtIn("STATE_AUTHORITY", "Valtion viranomainen", "Statlig myndighet", "State authority"),
                        builtIn("POLICE", "Poliisi", "Polisen", "Police"),
                        builtIn("RESCUE", "Pelastustoimi", "Räddningsväsendet", "Rescue services"),
                        builtIn("MUNICIPALITY", "Kunta", "Kommun", "Municipality"),
                        builtIn("WELLBEING_COUNTY", "Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"),
                        builtIn("REGIONAL_COUNCIL", "Maakunnan liitto", "Landskapsförbund", "Regional council"),
                        builtIn("DEFENCE", "Puolustusvoimat", "Försvarsmakten", "Defence forces"),
                        builtIn("BORDER_GUARD", "Rajavartiolaitos", "Gränsbevakningsväsendet", "Border guard"),
                        builtIn("CUSTOMS", "Tulli", "Tullen", "Customs"),
                        builtIn(
                                "EMERGENCY_SERVICES",
                                "Hätäkeskuslaitos",
                                "Nödcentralsverket",
                                "Emergency response centre"),
                        builtIn(
                                "EDUCATION_RESEARCH",
                                "Koulutus ja tutkimus",
                                "Utbildning och forskning",
                                "Education and research"),
                        builtIn("CHURCH", "Seurakunta tai kirkko", "Församling eller kyrka", "Parish or church"),
                        builtIn("NGO", "Järjestö", "Organisation", "NGO"),
                        builtIn("BUSINESS", "Yritys tai elinkeinoelämä", "Företag eller näringsliv", "Business"),
                        builtIn("OTHER", "Muu", "Annan", "Other")));
        catalogues.ensure(
                GROUP_KINDS,
                List.of(
                        builtIn("COOPERATION_GROUP", "Yhteistyöryhmä", "Samarbetsgrupp", "Cooperation group"),
                        builtIn(
                                "PREPAREDNESS_COMMITTEE",
                                "Valmiustoimikunta",
                                "Beredskapskommitté",
                                "Preparedness committee"),
                        builtIn(
                                "WELLBEING_SAFETY_GROUP",
                                "Hyvinvointi- ja turvallisuustyöryhmä",
                                "Arbetsgrupp för välfärd och säkerhet",
                                "Wellbeing and safety working group"),
                        builtIn(
                                "HEALTH_PROMOTION_GROUP",
                                "Terveyden edistämisen ryhmä",
                                "Grupp för hälsofrämjande",
                                "Health promotion group"),
                        builtIn("MANAGEMENT_GROUP", "Johtoryhmä", "Ledningsgrupp", "Management group"),
                        builtIn("COUNCIL", "Valtuusto", "Fullmäktige", "Council"),
                        builtIn("BOARD", "Hallitus", "Styrelse", "Executive board"),
                        builtIn("COMMITTEE", "Lautakunta", "Nämnd", "Committee"),
                        builtIn("OTHER", "Muu ryhmä", "Annan grupp", "Other group")));
    }
}
