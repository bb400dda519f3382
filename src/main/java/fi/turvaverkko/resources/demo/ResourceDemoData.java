package fi.turvaverkko.resources.demo;

import fi.turvaverkko.platform.DemoData;
import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.domain.ResourceRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several hundred resources over Lapland owned by the demo actors: what every municipality keeps
 * for a long power cut (warming and evacuation places, generators, water tanks, radios), the rescue
 * department's contract fire brigades, boats and pumps, the Red Cross's Vapepa and first aid groups,
 * the parishes' premises and crisis workers, and the machines, buses and beds of three fictional
 * businesses. Locations are near each owner's municipal centre; the same seed gives the same data.
 */
@Component
@Order(140)
class ResourceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ResourceDemoData.class);

    /** Municipalities on the big rivers, where boats and flood pumps are kept. */
    private static final List<String> RIVER_TOWNS =
            List.of("698", "240", "851", "845", "976", "261", "583", "320", "843", "498", "148", "890");

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final ResourceRegistry resources;
    private final PlatformTransactionManager transactions;
    private final Random random = new Random(20250101);
    private int count;

    ResourceDemoData(
            DemoData demo, JdbcClient jdbc, ResourceRegistry resources, PlatformTransactionManager transactions) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.resources = resources;
        this.transactions = transactions;
    }

    private record Municipality(String code, String name, long actorId, double lat, double lon) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        if (jdbc.sql("SELECT count(*) FROM resources.resource")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        if (jdbc.sql("SELECT count(*) FROM network.v_actor WHERE name = 'Lapin pelastuslaitos'")
                        .query(Long.class)
                        .single()
                == 0) {
            return;
        }
        long started = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(s -> load());
        log.info("Resources demo data loaded: {} resources in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private void load() {
        List<Municipality> municipalities = jdbc.sql("""
                        SELECT ar.code, ar.name_fi, a.id, ar.lat, ar.lon FROM network.v_actor a
                          JOIN network.v_area ar ON ar.id = a.home_area_id
                         WHERE a.sector = 'MUNICIPALITY' AND ar.lat IS NOT NULL AND ar.path LIKE '/FI/19/%'
                         ORDER BY ar.code""")
                .query((rs, n) -> new Municipality(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
        long rescue = actor("Lapin pelastuslaitos");
        long redCross = actor("Suomen Punainen Risti, Lapin piiri");
        for (Municipality m : municipalities) {
            municipal(m);
            rescueDepartment(m, rescue);
            redCross(m, redCross);
        }
        parishes();
        businesses();
        state();
    }

    private void municipal(Municipality m) {
        String n = m.name();
        long a = m.actorId();
        add(
                a,
                m,
                "WARMING_PLACE",
                n + ": koulun lämmittelypaikka",
                80,
                120,
                "VERBAL",
                "Koulun liikuntasali ja ruokala, varavoimaliitäntä.");
        add(
                a,
                m,
                "EVACUATION_PLACE",
                n + ": urheilutalo",
                150,
                180,
                "WRITTEN",
                "Evakuointipaikka; kunnan valmiussuunnitelman mukainen.");
        add(a, m, "GENERATOR_60KVA", n + ": tekninen toimi, varavoimakone", 1, 60, "NONE", null);
        add(
                a,
                m,
                "WATER_TANK_LARGE",
                n + ": vesihuoltolaitoksen jakelusäiliöt",
                2 + random.nextInt(4),
                90,
                "NONE",
                null);
        add(a, m, "WATER_CANISTERS", n + ": vesikanisterivarasto", 200 + 50 * random.nextInt(6), 120, "NONE", null);
        add(a, m, "SATELLITE_PHONE", n + ": valmiusjohdon satelliittipuhelimet", 2, 15, "NONE", null);
        add(a, m, "VIRVE_TERMINAL", n + ": VIRVE-päätelaitteet", 4 + random.nextInt(6), 15, "NONE", null);
        add(a, m, "CAMP_BEDS", n + ": kenttävuodevarasto", 40 + 20 * random.nextInt(5), 180, "NONE", null);
        add(
                a,
                m,
                "CATERING",
                n + ": ruokapalvelut (koulukeittiöt)",
                300 + 100 * random.nextInt(5),
                240,
                "NONE",
                "Aterioita evakuoiduille; päivän varoitusajalla enemmän.");
        if (random.nextInt(3) == 0) {
            add(a, m, "SNOW_PLOUGH", n + ": kunnan aura-auto", 1, 45, "NONE", null);
        }
    }

    private void rescueDepartment(Municipality m, long rescue) {
        add(
                rescue,
                m,
                "VFB_UNIT",
                m.name() + ": sopimuspalokunta",
                1 + random.nextInt(2),
                10,
                "FRAMEWORK",
                "Sopimuspalokunta; hälytys hätäkeskuksen kautta.");
        if (RIVER_TOWNS.contains(m.code())) {
            add(rescue, m, "RESCUE_BOAT", m.name() + ": pelastusvene", 1, 20, "FRAMEWORK", null);
            add(rescue, m, "FLOOD_PUMP", m.name() + ": tulvapumput", 2, 60, "FRAMEWORK", null);
        }
        if (random.nextInt(2) == 0) {
            add(rescue, m, "GENERATOR_20KVA", m.name() + ": paloaseman varavoimakone", 1, 30, "FRAMEWORK", null);
        }
        if (m.code().equals("698")
                || m.code().equals("240")
                || m.code().equals("758")
                || m.code().equals("148")) {
            add(rescue, m, "DRONE_TEAM", m.name() + ": lennokkiryhmä", 1, 30, "FRAMEWORK", null);
            add(rescue, m, "LIGHTING_TOWER", m.name() + ": valomastot", 2, 30, "FRAMEWORK", null);
        }
        if (m.code().equals("698") || m.code().equals("851")) {
            add(rescue, m, "HOVERCRAFT", m.name() + ": ilmatyynyalus", 1, 30, "FRAMEWORK", null);
            add(rescue, m, "FLOOD_BARRIER", m.name() + ": siirrettävät tulvaesteet", 5, 120, "FRAMEWORK", null);
        }
    }

    private void redCross(Municipality m, long redCross) {
        String n = m.name();
        if (random.nextInt(4) != 0) {
            add(
                    redCross,
                    m,
                    "VAPEPA_ALERT_GROUP",
                    "Vapepa " + n + ": hälytysryhmä",
                    1,
                    60,
                    "FRAMEWORK",
                    "Vapaaehtoisen pelastuspalvelun hälytysryhmä; hälytys poliisin tai pelastuslaitoksen pyynnöstä.");
        }
        if (random.nextInt(2) == 0) {
            add(redCross, m, "FIRST_AID_GROUP", "SPR " + n + ": ensiapuryhmä", 1, 90, "FRAMEWORK", null);
        }
        if (List.of("698", "240", "851", "320", "758", "148", "261").contains(m.code())) {
            add(redCross, m, "VAPEPA_SEARCH_TEAM", "Vapepa " + n + ": etsintäryhmä", 1, 90, "FRAMEWORK", null);
            add(redCross, m, "PSYCHOSOCIAL_TEAM", "SPR " + n + ": henkisen tuen ryhmä", 1, 120, "FRAMEWORK", null);
            add(
                    redCross,
                    m,
                    "RELIEF_SUPPLIES",
                    "SPR " + n + ": avustustarvikevarasto",
                    100 + 50 * random.nextInt(4),
                    180,
                    "FRAMEWORK",
                    null);
        }
    }

    private void parishes() {
        for (Map<String, Object> p : jdbc.sql("""
                        SELECT a.id, a.name, ar.code, ar.name_fi, ar.lat, ar.lon FROM network.v_actor a
                          JOIN network.v_area ar ON ar.id = a.home_area_id
                         WHERE a.sector = 'CHURCH' AND ar.lat IS NOT NULL ORDER BY a.name""").query().listOfRows()) {
            Municipality m = new Municipality(
                    (String) p.get("code"),
                    (String) p.get("name_fi"),
                    ((Number) p.get("id")).longValue(),
                    ((Number) p.get("lat")).doubleValue(),
                    ((Number) p.get("lon")).doubleValue());
            long a = m.actorId();
            String n = (String) p.get("name");
            add(
                    a,
                    m,
                    "EVACUATION_PLACE",
                    n + ": seurakuntakeskus",
                    120,
                    120,
                    "WRITTEN",
                    "Sali, keittiö ja lepotilat; sopimus kunnan kanssa evakuointipaikkana.");
            add(
                    a,
                    m,
                    "CRISIS_WORKER",
                    n + ": kriisityöntekijät",
                    3 + random.nextInt(3),
                    60,
                    "VERBAL",
                    "Diakonia- ja pappistyöntekijöitä henkiseen tukeen.");
            add(a, m, "CATERING", n + ": seurakuntakeittiö", 150, 180, "VERBAL", null);
        }
    }

    private void businesses() {
        Municipality rovaniemi = municipality("698");
        long konepalvelu = actor("Ounaskosken Konepalvelu Oy");
        addAt(
                konepalvelu,
                rovaniemi,
                66.5158,
                25.7705,
                "GENERATOR_200KVA",
                "Varavoimakone 200 kVA (perävaunu)",
                1,
                90,
                "WRITTEN",
                "Perävaunuun asennettu varavoimakone; kuljetus omalla kalustolla.");
        addAt(
                konepalvelu,
                rovaniemi,
                66.5158,
                25.7705,
                "GENERATOR_60KVA",
                "Varavoimakone 60 kVA",
                2,
                60,
                "WRITTEN",
                "Siirrettävät varavoimakoneet; polttoainetta 24 tunnin käyttöön.");
        addAt(
                konepalvelu,
                rovaniemi,
                66.5158,
                25.7705,
                "GENERATOR_20KVA",
                "Varavoimakone 20 kVA",
                3,
                45,
                "VERBAL",
                null);
        addAt(
                konepalvelu,
                rovaniemi,
                66.5010,
                25.8103,
                "TRACTOR_LOADER",
                "Traktorit ja etukuormaimet",
                3,
                60,
                "VERBAL",
                "Lumen ja kaatuneiden puiden raivaukseen.");
        addAt(konepalvelu, rovaniemi, 66.5010, 25.8103, "EXCAVATOR", "Kaivinkoneet 20 t", 2, 120, "VERBAL", null);
        addAt(konepalvelu, rovaniemi, 66.5010, 25.8103, "WHEEL_LOADER", "Pyöräkuormaaja", 1, 90, "VERBAL", null);
        addAt(
                konepalvelu,
                rovaniemi,
                66.5158,
                25.7705,
                "FUEL_TANK_MOBILE",
                "Siirrettävä polttoainesäiliö",
                2,
                60,
                "VERBAL",
                null);

        Municipality kemi = municipality("240");
        long kuljetus = actor("Kemijoen Kuljetus Oy");
        addAt(
                kuljetus,
                kemi,
                65.7420,
                24.5810,
                "COACH",
                "Linja-autot",
                3,
                60,
                "WRITTEN",
                "Evakuointikuljetuksiin; kuljettajat päivystävät.");
        addAt(kuljetus, kemi, 65.7420, 24.5810, "TRUCK", "Kuorma-autot", 4, 90, "VERBAL", null);
        addAt(kuljetus, kemi, 65.7420, 24.5810, "ACCESSIBLE_VAN", "Esteetön kuljetusauto", 1, 60, "VERBAL", null);
        addAt(kuljetus, kemi, 65.7420, 24.5810, "FUEL_DELIVERY", "Polttoainetoimitukset", 2, 180, "VERBAL", null);

        Municipality kittila = municipality("261");
        long majoitus = actor("Tunturimajoitus Oy");
        addAt(
                majoitus,
                kittila,
                67.8036,
                24.8080,
                "EMERGENCY_ACCOMMODATION",
                "Hätämajoitus Levillä",
                300,
                180,
                "WRITTEN",
                "Hotelli- ja mökkimajoitus; sesonkiaikana vähemmän vapaita paikkoja.");
        addAt(majoitus, kittila, 67.8036, 24.8080, "CATERING", "Ravintolan ateriapalvelu", 400, 180, "VERBAL", null);
        addAt(majoitus, kittila, 67.8036, 24.8080, "SNOWMOBILE", "Moottorikelkat", 10, 60, "VERBAL", null);
    }

    private void state() {
        long border = actor("Lapin rajavartiosto");
        Municipality inari = municipality("148");
        addAt(
                border,
                inari,
                68.6566,
                27.5430,
                "SNOWMOBILE_STRETCHER",
                "Ivalon rajavartioasema: kelkka ja paariahkio",
                2,
                30,
                "FRAMEWORK",
                null);
        addAt(
                border,
                inari,
                68.6566,
                27.5430,
                "TRACKED_CARRIER",
                "Ivalon rajavartioasema: telakuljetin",
                1,
                60,
                "FRAMEWORK",
                null);
        Municipality salla = municipality("732");
        addAt(
                border,
                salla,
                66.8320,
                28.6700,
                "SNOWMOBILE",
                "Sallan rajavartioasema: moottorikelkat",
                4,
                30,
                "FRAMEWORK",
                null);
        long brigade = actor("Jääkäriprikaati");
        Municipality sodankyla = municipality("758");
        addAt(
                brigade,
                sodankyla,
                67.4150,
                26.5890,
                "FIELD_KITCHEN",
                "Kenttäkeittiöt",
                2,
                360,
                "FRAMEWORK",
                "Virka-apuna pelastusviranomaisen pyynnöstä.");
        addAt(brigade, sodankyla, 67.4150, 26.5890, "TRACKED_CARRIER", "Telakuljettimet", 4, 360, "FRAMEWORK", null);
        addAt(brigade, sodankyla, 67.4150, 26.5890, "MOBILE_HEATER", "Kenttälämmittimet", 10, 360, "FRAMEWORK", null);
        long county = actor("Lapin hyvinvointialue");
        Municipality rovaniemi = municipality("698");
        addAt(county, rovaniemi, 66.5093, 25.7490, "ACCESSIBLE_VAN", "Esteettömät kuljetusautot", 3, 60, "NONE", null);
        addAt(county, rovaniemi, 66.5093, 25.7490, "CRISIS_WORKER", "Kriisiryhmän työntekijät", 8, 60, "NONE", null);
        addAt(county, rovaniemi, 66.5093, 25.7490, "FIRST_AID_POST", "Ensiapupisteen varustus", 2, 120, "NONE", null);
        long mpk = actor("Maanpuolustuskoulutusyhdistys MPK");
        addAt(
                mpk,
                rovaniemi,
                66.4990,
                25.7160,
                "LOGISTICS_VOLUNTEERS",
                "MPK Lappi: logistiikkaryhmä",
                2,
                240,
                "VERBAL",
                null);
        addAt(
                mpk,
                rovaniemi,
                66.4990,
                25.7160,
                "RADIO_AMATEUR_STATION",
                "Viestiasema (radioamatöörit)",
                1,
                180,
                "VERBAL",
                null);
        long villages = actor("Lapin Kylät ry");
        for (String code : List.of("732", "320", "845", "742", "583", "498")) {
            Municipality m = municipality(code);
            add(
                    villages,
                    m,
                    "WARMING_PLACE",
                    m.name() + ": kylätalo",
                    30,
                    120,
                    "VERBAL",
                    "Kylätalo puulämmityksellä; kyläyhdistys avaa pyynnöstä.");
        }
        long police = actor("Lapin poliisilaitos");
        addAt(
                police,
                municipality("698"),
                66.5030,
                25.7330,
                "SEARCH_DOG_TEAM",
                "Poliisin koirapartio",
                1,
                30,
                "NONE",
                null);
        add(police, municipality("148"), "SNOWMOBILE", "Ivalon poliisiasema: moottorikelkat", 2, 30, "NONE", null);
        // a restricted item: secured stock that only its owner, the coordinator and authorities in an active
        // disruption may see
        addRestricted(
                actor("Lapin pelastuslaitos"),
                municipality("698"),
                "MOBILE_BASE_STATION",
                "Varmennettu varavoima- ja viestivarasto",
                1);
    }

    private Municipality municipality(String code) {
        return jdbc.sql("""
                        SELECT ar.code, ar.name_fi, a.id, ar.lat, ar.lon FROM network.v_actor a
                          JOIN network.v_area ar ON ar.id = a.home_area_id
                         WHERE a.sector = 'MUNICIPALITY' AND ar.code = ?""")
                .param(code)
                .query((rs, n) -> new Municipality(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5)))
                .single();
    }

    private long actor(String name) {
        return jdbc.sql("SELECT id FROM network.v_actor WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** Near the municipal centre: within some 8 km, as places and depots are. */
    private void add(
            long owner,
            Municipality m,
            String type,
            String name,
            int quantity,
            int activation,
            String agreement,
            String description) {
        double lat = m.lat() + (random.nextDouble() - 0.5) * 0.14;
        double lon = m.lon() + (random.nextDouble() - 0.5) * 0.34;
        addAt(owner, m, lat, lon, type, name, quantity, activation, agreement, description);
    }

    private void addAt(
            long owner,
            Municipality m,
            double lat,
            double lon,
            String type,
            String name,
            int quantity,
            int activation,
            String agreement,
            String description) {
        String availability = random.nextInt(10) == 0 ? "LIMITED" : "AVAILABLE";
        // most were checked within the year; some have waited longer and are due for verification
        LocalDate verified = LocalDate.of(2026, 11, 1).minusDays(random.nextInt(random.nextInt(6) == 0 ? 700 : 300));
        resources.load(new ResourceDraft(
                type,
                name,
                description,
                String.valueOf(owner),
                quantity,
                m.code(),
                round(lat),
                round(lon),
                availability,
                activation,
                "Päivystys +358 40 000 " + (3000 + count),
                agreement,
                "PUBLIC",
                verified));
        count++;
    }

    private void addRestricted(long owner, Municipality m, String type, String name, int quantity) {
        resources.load(new ResourceDraft(
                type,
                name,
                "Sijainti ja yhteystiedot vain viranomaiskäyttöön.",
                String.valueOf(owner),
                quantity,
                m.code(),
                66.5302,
                25.6950,
                "AVAILABLE",
                60,
                "Pelastuslaitoksen tilannekeskus +358 40 000 2999",
                "FRAMEWORK",
                "RESTRICTED",
                LocalDate.of(2026, 9, 15)));
        count++;
    }

    private static double round(double v) {
        return Math.round(v * 100000) / 100000.0;
    }
}
