package fi.turvaverkko.resources.domain;

import static fi.turvaverkko.platform.CatalogueEntry.builtIn;

import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.resources.ResourceTypeView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The functions resources serve and the built-in resource types a Lapland region needs: power,
 * water, fuel, accommodation and mass care, search and rescue, first aid, psychosocial support,
 * transport over snow and water, heavy machinery, flood defence and communications. A region adds
 * its own types; the built-in ones are added when missing and never changed here.
 */
@Component
@Order(12)
class ResourceCatalogues implements ApplicationRunner {

    /** code | kind | function | level | unit | fi | sv | en | capability fi | sv | en */
    static final String TYPES = """
            GENERATOR_200KVA|EQUIPMENT|POWER|1|PIECE|Varavoimakone 200 kVA|Reservkraftverk 200 kVA|Generator 200 kVA|Perävaunuun asennettu, syöttää esimerkiksi koulun tai hoivakodin|Monterat på släpvagn, försörjer t.ex. en skola eller ett vårdhem|Trailer-mounted; powers e.g. a school or a care home
            GENERATOR_60KVA|EQUIPMENT|POWER|2|PIECE|Varavoimakone 60 kVA|Reservkraftverk 60 kVA|Generator 60 kVA|Siirrettävä, syöttää lämpökeskuksen, vesilaitoksen pumppaamon tai kauppa|Flyttbart, försörjer en värmecentral, ett pumpverk eller en butik|Mobile; powers a heating plant, a water pumping station or a shop
            GENERATOR_20KVA|EQUIPMENT|POWER|3|PIECE|Varavoimakone 20 kVA|Reservkraftverk 20 kVA|Generator 20 kVA|Siirrettävä, syöttää kylätalon tai lämmittelypaikan|Flyttbart, försörjer ett bygdegård eller en uppvärmningsplats|Mobile; powers a village hall or a warming place
            GENERATOR_5KVA|EQUIPMENT|POWER|4|PIECE|Aggregaatti 5 kVA|Elverk 5 kVA|Portable generator 5 kVA|Kannettava, valaistus ja pienlaitteet|Bärbart, belysning och små apparater|Portable; lighting and small appliances
            LIGHTING_TOWER|EQUIPMENT|POWER|3|PIECE|Valomasto|Ljusmast|Lighting tower|Oma aggregaatti, valaisee työmaan tai kokoontumispaikan|Eget elverk, lyser upp en arbetsplats eller samlingsplats|Own generator; lights a work site or assembly point
            FUEL_DELIVERY|SERVICE|FUEL|2|DELIVERY|Polttoainetoimitus|Bränsleleverans|Fuel delivery|Säiliöauto, enintään 20 000 litraa dieseliä varavoimakoneille|Tankbil, högst 20 000 liter diesel för reservkraftverk|Tanker truck, up to 20,000 litres of diesel for generators
            FUEL_TANK_MOBILE|EQUIPMENT|FUEL|3|PIECE|Siirrettävä polttoainesäiliö 3 000 l|Flyttbar bränsletank 3 000 l|Mobile fuel tank 3,000 l|Pumpulla varustettu, kuljetettavissa lavalla|Med pump, kan transporteras på flak|With pump, carried on a truck bed
            WATER_TRUCK|VEHICLE|WATER|1|VEHICLE|Juomavesiauto|Dricksvattenbil|Drinking water truck|Elintarvikekelpoinen säiliö 10 000 l|Livsmedelsgodkänd tank 10 000 l|Food-grade tank, 10,000 l
            WATER_TANK_LARGE|EQUIPMENT|WATER|2|PIECE|Vesisäiliö 1 000 l|Vattentank 1 000 l|Water tank 1,000 l|Juomavedenjakeluun, hanoilla|För dricksvattenutdelning, med kranar|For drinking water distribution, with taps
            WATER_CANISTERS|SUPPLIES|WATER|4|PIECE|Vesikanisteri 10 l|Vattendunk 10 l|Water canister 10 l|Taitettava, jaetaan asukkaille|Hopfällbar, delas ut till invånare|Collapsible, handed out to residents
            WATER_PURIFIER|EQUIPMENT|WATER|2|PIECE|Vedenpuhdistuslaitteisto|Vattenreningsanläggning|Water purification unit|Noin 2 000 litraa tunnissa pintavedestä|Cirka 2 000 liter i timmen ur ytvatten|About 2,000 litres an hour from surface water
            EVACUATION_CENTRE|FACILITY|ACCOMMODATION|1|PLACE|Evakuointikeskus|Evakueringscentral|Evacuation centre|Yli 200 henkilöä, keittiö, varavoima ja saniteettitilat|Över 200 personer, kök, reservkraft och sanitet|Over 200 people; kitchen, backup power and sanitation
            EVACUATION_PLACE|FACILITY|ACCOMMODATION|2|PLACE|Evakuointipaikka|Evakueringsplats|Evacuation place|50–200 henkilöä, esimerkiksi koulu tai urheiluhalli|50–200 personer, t.ex. skola eller idrottshall|50–200 people, e.g. a school or a sports hall
            EMERGENCY_ACCOMMODATION|FACILITY|ACCOMMODATION|2|PLACE|Hätämajoitus|Nödinkvartering|Emergency accommodation|Hotelli, lomakylä tai leirikeskus, vuodepaikat|Hotell, stugby eller lägergård, bäddplatser|Hotel, holiday village or camp centre; beds
            WARMING_PLACE|FACILITY|MASS_CARE|3|PLACE|Lämmittelypaikka|Uppvärmningsplats|Warming place|Lämmin tila, sähköt ja vettä pitkän sähkökatkon aikana|Varmt utrymme med el och vatten under ett långt strömavbrott|Warm room with power and water during a long power cut
            CATERING|SERVICE|MASS_CARE|2|MEAL|Ateriapalvelu|Måltidstjänst|Catering|Valmiita aterioita evakuoiduille ja auttajille|Färdiga måltider för evakuerade och hjälpare|Ready meals for evacuees and responders
            FIELD_KITCHEN|EQUIPMENT|MASS_CARE|2|PIECE|Kenttäkeittiö|Fältkök|Field kitchen|Noin 300 ateriaa kerralla|Cirka 300 måltider åt gången|About 300 meals at a time
            RELIEF_SUPPLIES|SUPPLIES|MASS_CARE|3|PIECE|Avustustarvikepakkaus|Förnödenhetspaket|Relief supply kit|Huopa, hygieniatarvikkeet ja taskulamppu|Filt, hygienartiklar och ficklampa|Blanket, hygiene items and a torch
            CAMP_BEDS|SUPPLIES|ACCOMMODATION|4|PIECE|Kenttävuode|Fältsäng|Camp bed|Makuualusta ja huopa|Liggunderlag och filt|With mat and blanket
            MOBILE_HEATER|EQUIPMENT|MASS_CARE|3|PIECE|Siirrettävä lämmitin|Flyttbar värmare|Mobile heater|Dieselkäyttöinen, noin 30 kW|Dieseldriven, cirka 30 kW|Diesel, about 30 kW
            VAPEPA_SEARCH_TEAM|TEAM|SEARCH_RESCUE|2|TEAM|Vapepan etsintäryhmä|FRIVA:s sökgrupp|Voluntary Rescue Service search team|10–20 koulutettua etsijää ja johtaja|10–20 utbildade sökare och en ledare|10–20 trained searchers and a leader
            VAPEPA_ALERT_GROUP|TEAM|SEARCH_RESCUE|3|TEAM|Vapepan hälytysryhmä|FRIVA:s larmgrupp|Voluntary Rescue Service alert group|5–10 vapaaehtoista, lähtövalmius alle tunnissa|5–10 frivilliga, utryckning inom en timme|5–10 volunteers, ready within an hour
            SEARCH_DOG_TEAM|TEAM|SEARCH_RESCUE|3|TEAM|Etsintäkoirakko|Sökhundsekipage|Search dog team|Hyväksytty pelastuskoirakko|Godkänt räddningshundsekipage|Certified rescue dog and handler
            DRONE_TEAM|TEAM|SEARCH_RESCUE|3|TEAM|Lennokkiryhmä|Drönargrupp|Drone team|Lämpökameralla varustettu lennokki ja kaksi ohjaajaa|Drönare med värmekamera och två piloter|Drone with thermal camera and two pilots
            RESCUE_BOAT|VEHICLE|SEARCH_RESCUE|2|VEHICLE|Pelastusvene|Räddningsbåt|Rescue boat|Jokiveneeksi soveltuva, 4–6 henkilöä|Lämplig för älvar, 4–6 personer|Suitable for rivers, 4–6 people
            HOVERCRAFT|VEHICLE|SEARCH_RESCUE|1|VEHICLE|Ilmatyynyalus|Svävare|Hovercraft|Liikkuu jäällä, vedessä ja tulvatulla maalla|Går på is, vatten och översvämmad mark|Runs on ice, water and flooded ground
            VFB_UNIT|TEAM|FIREFIGHTING|2|TEAM|Sopimuspalokunnan yksikkö|Avtalsbrandkårens enhet|Contract fire brigade unit|Sammutusauto ja 1+3 henkilöä|Släckningsbil och 1+3 personer|Fire engine and crew of 1+3
            FIRST_AID_GROUP|TEAM|FIRST_AID|3|TEAM|Ensiapuryhmä|Första hjälpen-grupp|First aid group|6–10 ensiavun osaajaa ja varusteet|6–10 förstahjälpare med utrustning|6–10 first aiders with equipment
            FIRST_AID_POST|EQUIPMENT|FIRST_AID|3|PIECE|Ensiapupisteen varustus|Utrustning för förstahjälpenpunkt|First aid post kit|Teltta, paarit ja ensiaputarvikkeet|Tält, bårar och förstahjälpen-material|Tent, stretchers and first aid supplies
            PSYCHOSOCIAL_TEAM|TEAM|PSYCHOSOCIAL|3|TEAM|Henkisen tuen ryhmä|Grupp för psykiskt stöd|Psychosocial support team|Koulutetut henkisen tuen vapaaehtoiset|Utbildade frivilliga för psykiskt stöd|Trained psychosocial support volunteers
            CRISIS_WORKER|PERSONNEL|PSYCHOSOCIAL|4|PERSON|Kriisityöntekijä|Krisarbetare|Crisis worker|Seurakunnan tai hyvinvointialueen työntekijä|Anställd vid församling eller välfärdsområde|Employee of a parish or the wellbeing services county
            SNOWMOBILE|VEHICLE|TRANSPORT|4|VEHICLE|Moottorikelkka|Snöskoter|Snowmobile|Kuljettaja ja reki|Förare och släde|Driver and sledge
            SNOWMOBILE_STRETCHER|VEHICLE|SEARCH_RESCUE|3|VEHICLE|Moottorikelkka ja paariahkio|Snöskoter med bårpulka|Snowmobile with stretcher sledge|Potilaan kuljetus maastossa|Transport av patient i terräng|Carries a patient off-road
            ATV|VEHICLE|TRANSPORT|4|VEHICLE|Mönkijä|Fyrhjuling|All-terrain vehicle|Kuljettaja ja peräkärry|Förare och släpvagn|Driver and trailer
            TRACKED_CARRIER|VEHICLE|TRANSPORT|1|VEHICLE|Telakuljetin|Bandvagn|Tracked carrier|Kulkee suolla, lumessa ja tulvavedessä, 10 henkilöä|Går i myr, snö och översvämning, 10 personer|Runs on bog, snow and floodwater; 10 people
            BOAT|VEHICLE|TRANSPORT|4|VEHICLE|Perämoottorivene|Utombordsbåt|Outboard boat|4 henkilöä, traileri|4 personer, trailer|4 people, on a trailer
            COACH|VEHICLE|TRANSPORT|2|VEHICLE|Linja-auto|Buss|Coach|50 matkustajaa|50 passagerare|50 passengers
            ACCESSIBLE_VAN|VEHICLE|TRANSPORT|3|VEHICLE|Esteetön kuljetusauto|Tillgänglighetsanpassad bil|Accessible van|Pyörätuolipaikat, 8 matkustajaa|Rullstolsplatser, 8 passagerare|Wheelchair places, 8 passengers
            TRUCK|VEHICLE|LOGISTICS|2|VEHICLE|Kuorma-auto|Lastbil|Truck|Nosturi tai takalaitanostin|Kran eller bakgavellyft|Crane or tail lift
            LOGISTICS_VOLUNTEERS|TEAM|LOGISTICS|4|TEAM|Logistiikkaryhmä|Logistikgrupp|Logistics team|Vapaaehtoiset jakeluun ja kuljetuksiin|Frivilliga för utdelning och transporter|Volunteers for distribution and transport
            TRACTOR_LOADER|VEHICLE|HEAVY_MACHINERY|3|VEHICLE|Traktori ja etukuormain|Traktor med frontlastare|Tractor with front loader|Lumen ja kaatuneiden puiden raivaus|Röjning av snö och fallna träd|Clears snow and fallen trees
            EXCAVATOR|VEHICLE|HEAVY_MACHINERY|2|VEHICLE|Kaivinkone|Grävmaskin|Excavator|Noin 20 tonnia, kuljettaja|Cirka 20 ton, förare|About 20 tonnes, with operator
            WHEEL_LOADER|VEHICLE|HEAVY_MACHINERY|2|VEHICLE|Pyöräkuormaaja|Hjullastare|Wheel loader|Lumen siirto ja maa-ainekset|Snöflyttning och jordmassor|Snow clearing and earthworks
            SNOW_PLOUGH|VEHICLE|HEAVY_MACHINERY|2|VEHICLE|Aura-auto|Plogbil|Snow plough truck|Tiestön aurauskalusto|Plogutrustning för vägar|Road ploughing equipment
            CLEARING_TEAM|TEAM|HEAVY_MACHINERY|3|TEAM|Raivausryhmä|Röjningsgrupp|Clearing team|Moottorisahat ja koulutetut sahaajat|Motorsågar och utbildade sågare|Chainsaws and trained operators
            FLOOD_PUMP|EQUIPMENT|FLOOD|2|PIECE|Tulvapumppu|Översvämningspump|Flood pump|Yli 1 000 litraa minuutissa|Över 1 000 liter i minuten|Over 1,000 litres a minute
            FLOOD_BARRIER|EQUIPMENT|FLOOD|2|PIECE|Siirrettävä tulvaeste 100 m|Flyttbar översvämningsbarriär 100 m|Mobile flood barrier 100 m|Vedellä täytettävä, korkeus 0,8 m|Vattenfylld, höjd 0,8 m|Water-filled, 0.8 m high
            SANDBAGS|SUPPLIES|FLOOD|3|PIECE|Hiekkasäkkierä|Sandsäckar|Sandbag lot|1 000 täytettyä säkkiä|1 000 fyllda säckar|1,000 filled bags
            SATELLITE_PHONE|EQUIPMENT|COMMUNICATIONS|4|PIECE|Satelliittipuhelin|Satellittelefon|Satellite phone|Toimii ilman matkaviestinverkkoa|Fungerar utan mobilnät|Works without the mobile network
            VIRVE_TERMINAL|EQUIPMENT|COMMUNICATIONS|4|PIECE|VIRVE-päätelaite|VIRVE-terminal|VIRVE terminal|Viranomaisradioverkon päätelaite|Terminal för myndighetsradionätet|Terminal of the authorities' radio network
            MOBILE_BASE_STATION|EQUIPMENT|COMMUNICATIONS|1|PIECE|Siirrettävä tukiasema|Flyttbar basstation|Mobile base station|Matkaviestinverkon varatukiasema omalla varavoimalla|Reservbasstation med egen reservkraft|Backup cell site with its own power
            RADIO_AMATEUR_STATION|TEAM|COMMUNICATIONS|3|TEAM|Radioamatöörien viestiasema|Radioamatörernas station|Radio amateur station|Viestiyhteydet, kun muut verkot eivät toimi|Förbindelser när andra nät inte fungerar|Links when other networks are down
            """;

    private final Catalogues catalogues;
    private final ResourceTypes types;

    ResourceCatalogues(Catalogues catalogues, ResourceTypes types) {
        this.catalogues = catalogues;
        this.types = types;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogues.ensure(
                ResourceTypes.FUNCTIONS,
                List.of(
                        builtIn("POWER", "Sähkö ja varavoima", "El och reservkraft", "Power"),
                        builtIn("FUEL", "Polttoaine", "Bränsle", "Fuel"),
                        builtIn("WATER", "Vesihuolto", "Vattenförsörjning", "Water supply"),
                        builtIn(
                                "ACCOMMODATION",
                                "Majoitus ja evakuointi",
                                "Inkvartering och evakuering",
                                "Accommodation and evacuation"),
                        builtIn("MASS_CARE", "Ensihuolto", "Omedelbar omsorg", "Mass care"),
                        builtIn("SEARCH_RESCUE", "Etsintä ja pelastus", "Sök och räddning", "Search and rescue"),
                        builtIn("FIREFIGHTING", "Sammutus", "Släckning", "Firefighting"),
                        builtIn("FIRST_AID", "Ensiapu", "Första hjälpen", "First aid"),
                        builtIn("PSYCHOSOCIAL", "Henkinen tuki", "Psykiskt stöd", "Psychosocial support"),
                        builtIn("TRANSPORT", "Kuljetus", "Transport", "Transport"),
                        builtIn("LOGISTICS", "Logistiikka", "Logistik", "Logistics"),
                        builtIn("HEAVY_MACHINERY", "Raskas kalusto", "Tunga maskiner", "Heavy machinery"),
                        builtIn("FLOOD", "Tulvantorjunta", "Översvämningsskydd", "Flood defence"),
                        builtIn("COMMUNICATIONS", "Viestintäyhteydet", "Kommunikation", "Communications")));
        for (ResourceTypeView t : builtInTypes()) {
            types.ensure(t);
        }
    }

    static List<ResourceTypeView> builtInTypes() {
        List<ResourceTypeView> list = new ArrayList<>();
        for (String line : TYPES.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            list.add(new ResourceTypeView(
                    null,
                    f[0],
                    f[5],
                    f[6],
                    f[7],
                    f[1],
                    f[2],
                    f[8],
                    f[9],
                    f[10],
                    Integer.parseInt(f[3]),
                    f[4],
                    true,
                    true,
                    null));
        }
        return list;
    }
}
