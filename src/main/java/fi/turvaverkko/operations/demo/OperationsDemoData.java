package fi.turvaverkko.operations.demo;

import fi.turvaverkko.platform.DemoData;
import fi.turvaverkko.platform.LocalizedText;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.LocalizedName;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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
 * One closed disruption of the past, as a region keeps it: the Boxing Day winter storm of 2025 that
 * cut power in eastern Lapland for three days, with its situation log (a correction included), the
 * generators, satellite phones, tractors and Red Cross alert groups requested, offered, committed,
 * deployed and released; and one past tabletop exercise on a long power cut with its observations and
 * lessons learned. The storm and its figures are demo data, not history.
 */
@Component
@Order(150)
class OperationsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperationsDemoData.class);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final Messages messages;

    OperationsDemoData(DemoData demo, JdbcClient jdbc, PlatformTransactionManager transactions, Messages messages) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("SELECT count(*) FROM operations.disruption")
                                .query(Long.class)
                                .single()
                        > 0
                || jdbc.sql("SELECT count(*) FROM resources.resource")
                                .query(Long.class)
                                .single()
                        == 0) {
            return;
        }
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            storm();
            exercise();
        });
        log.info("Operations demo data loaded: one closed winter storm with its log and requests, one exercise");
    }

    private static OffsetDateTime at(int month, int day, int hour, int minute) {
        int year = month == 12 ? 2025 : 2026;
        return java.time.LocalDateTime.of(year, month, day, hour, minute)
                .atZone(HELSINKI)
                .toOffsetDateTime();
    }

    private long actor(String name) {
        return jdbc.sql("SELECT id FROM network.actor WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long area(String code) {
        return jdbc.sql("SELECT id FROM network.area WHERE code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    /** A scenario of the regional risk assessment (the risks module's published view), if it is there. */
    private Long scenario(String titleLike) {
        try {
            return jdbc.sql("SELECT id FROM risks.v_scenario WHERE title LIKE ? ORDER BY id LIMIT 1")
                    .param(titleLike)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
        } catch (org.springframework.dao.DataAccessException e) {
            return null;
        }
    }

    private void storm() {
        long rescue = actor("Lapin pelastuslaitos");
        long region = area("19");
        long d = jdbc.sql("""
                        INSERT INTO operations.disruption (kind, title, description, severity, status, lead_actor_id,
                          region_id, public_alert, public_summary, started_at, ended_at, created_at, updated_at,
                          risk_scenario_id)
                        VALUES ('STORM', ?, ?, 'SEVERE', 'CLOSED', ?, ?, FALSE, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        "Tapaninpäivän talvimyrsky ja sähkökatkot Itä-Lapissa",
                        "Länsimyrsky ja tykkylumi kaatoivat puita sähkölinjoille Kemijärven, Sallan, Posion,"
                                + " Pelkosenniemen ja Savukosken alueella 26.–29.12.2025. Pisimmillään noin 16 000"
                                + " asiakasta oli ilman sähköä, ja syrjäkylissä katko kesti yli kaksi vuorokautta."
                                + " Kunnat avasivat lämmittelypaikat, ja Vapepa tarkasti yksin asuvien ikäihmisten"
                                + " tilanteen. (Demoaineisto.)",
                        rescue,
                        region,
                        "Myrskyn aiheuttamat sähkökatkot Itä-Lapissa. Lämmittelypaikat auki Sallassa ja Savukoskella.",
                        at(12, 26, 14, 20),
                        at(12, 30, 16, 0),
                        at(12, 26, 14, 20),
                        at(12, 30, 16, 0),
                        scenario("Talvimyrsky%"))
                .query(Long.class)
                .single();
        for (String code : List.of("320", "732", "614", "583", "742")) {
            jdbc.sql("INSERT INTO operations.disruption_area (disruption_id, area_id) VALUES (?, ?)")
                    .params(d, area(code))
                    .update();
        }
        String duty = "Päivystävä palomestari, Lapin pelastuslaitos";
        String salla = "Sallan kunta, valmiuspäällikkö";
        long sallaActor = actor("Sallan kunta");
        long spr = actor("Suomen Punainen Risti, Lapin piiri");
        log(
                d,
                "OBSERVATION",
                at(12, 26, 14, 20),
                duty,
                rescue,
                "Ilmatieteen laitoksen myrskyvaroitus: länsituuli puuskissa 25–30 m/s ja lumipyryä. Jakeluverkkoyhtiö"
                        + " ilmoittaa ensimmäisistä vioista Sallassa.",
                null,
                null,
                null);
        log(
                d,
                "DECISION",
                at(12, 26, 15, 5),
                duty,
                rescue,
                "Tilanne otetaan aktiiviseen seurantaan; pelastuslaitos johtaa. Tilannekuvaneuvottelu kuntien ja"
                        + " verkkoyhtiön kanssa klo 16.",
                null,
                null,
                null);
        long wrong = log(
                d,
                "OBSERVATION",
                at(12, 26, 16, 30),
                duty,
                rescue,
                "Noin 14 000 asiakasta ilman sähköä Kemijärvellä, Sallassa, Posiolla, Pelkosenniemellä ja"
                        + " Savukoskella. Kaatuneita puita linjoilla; korjaus hidasta tykkylumen vuoksi.",
                66.83,
                28.67,
                null);
        log(
                d,
                "DECISION",
                at(12, 26, 17, 10),
                duty,
                rescue,
                "Sallan ja Savukosken kouluille avataan lämmittelypaikat; kunnat vastaavat niistä. Pyydetään"
                        + " varavoimakoneet lämmittelypaikoille.",
                null,
                null,
                null);
        log(
                d,
                "OBSERVATION",
                at(12, 26, 17, 45),
                "Pelastuslaitoksen tilannekeskus",
                rescue,
                "Korjaus merkintään: verkkoyhtiön tarkennetun tiedon mukaan ilman sähköä oli klo 16.30 noin 16 000"
                        + " asiakasta, ei 14 000.",
                null,
                null,
                wrong);
        long r1 = request(
                d,
                "GENERATOR_60KVA",
                2,
                at(12, 26, 20, 0),
                "732",
                66.8320,
                28.6700,
                "Sallan ja Savukosken lämmittelypaikat",
                "FILLED",
                rescue,
                at(12, 26, 17, 20));
        log(
                d,
                "REQUEST",
                at(12, 26, 17, 20),
                duty,
                rescue,
                requested(2, "GENERATOR_60KVA", "Sallan ja Savukosken lämmittelypaikat"),
                66.832,
                28.67,
                null);
        long konepalvelu = actor("Ounaskosken Konepalvelu Oy");
        long generator = resource(konepalvelu, "GENERATOR_60KVA");
        long o1 = offer(
                r1,
                generator,
                konepalvelu,
                2,
                at(12, 26, 17, 50),
                "Lähtö Rovaniemeltä klo 18.30, perillä noin klo 21.");
        commit(o1, r1, generator, 2, at(12, 26, 18, 0), at(12, 26, 21, 5), at(12, 29, 15, 0));
        log(
                d,
                "TASK",
                at(12, 26, 18, 40),
                "SPR Lapin piiri, valmiuspäällikkö",
                spr,
                "Vapepan hälytysryhmät kartoittavat yksin asuvat ikäihmiset Sallan ja Savukosken kylissä yhdessä"
                        + " hyvinvointialueen kotihoidon kanssa.",
                null,
                null,
                null);
        long r4 = request(
                d,
                "VAPEPA_ALERT_GROUP",
                2,
                at(12, 26, 20, 0),
                "732",
                null,
                null,
                "Kotikäynnit yksin asuvien luo",
                "FILLED",
                rescue,
                at(12, 26, 18, 30));
        List<Long> groups = jdbc.sql("""
                        SELECT r.id FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                         WHERE r.owner_actor_id = ? AND t.code = 'VAPEPA_ALERT_GROUP' ORDER BY r.id LIMIT 2""").param(spr).query(Long.class).list();
        for (Long g : groups) {
            long o = offer(r4, g, spr, 1, at(12, 26, 18, 45), null);
            commit(o, r4, g, 1, at(12, 26, 18, 50), at(12, 26, 20, 30), at(12, 28, 18, 0));
        }
        log(
                d,
                "OBSERVATION",
                at(12, 26, 21, 15),
                salla,
                sallaActor,
                "Varavoimakone käynnissä Sallan koulun lämmittelypaikalla; 23 henkilöä yöpyy.",
                66.832,
                28.67,
                null);
        log(
                d,
                "OBSERVATION",
                at(12, 27, 7, 0),
                duty,
                rescue,
                "Ilman sähköä edelleen noin 9 000 asiakasta. Matkaviestinverkko katkeilee Savukoskella, kun"
                        + " tukiasemien akut tyhjenevät.",
                67.29,
                28.16,
                null);
        long r2 = request(
                d,
                "SATELLITE_PHONE",
                4,
                at(12, 27, 10, 0),
                "742",
                null,
                null,
                "Yhteydet Savukosken kyliin ja lämmittelypaikalle",
                "FILLED",
                rescue,
                at(12, 27, 7, 30));
        log(
                d,
                "REQUEST",
                at(12, 27, 7, 30),
                duty,
                rescue,
                requested(4, "SATELLITE_PHONE", "Yhteydet Savukosken kyliin ja lämmittelypaikalle"),
                null,
                null,
                null);
        for (String town : List.of("Kemijärven kaupunki", "Rovaniemen kaupunki")) {
            long owner = actor(town);
            long phone = resource(owner, "SATELLITE_PHONE");
            long o = offer(r2, phone, owner, 2, at(12, 27, 8, 0), null);
            commit(o, r2, phone, 2, at(12, 27, 8, 15), at(12, 27, 11, 30), at(12, 29, 12, 0));
        }
        log(
                d,
                "DECISION",
                at(12, 27, 9, 0),
                duty,
                rescue,
                "Pyydetään traktoreita teiden raivaukseen Posiolla ja Kemijärvellä, jotta verkkoyhtiön asentajat"
                        + " pääsevät vikapaikoille.",
                null,
                null,
                null);
        long r3 = request(
                d,
                "TRACTOR_LOADER",
                3,
                at(12, 27, 12, 0),
                "614",
                null,
                null,
                "Metsäautoteiden raivaus vikapaikoille",
                "FILLED",
                rescue,
                at(12, 27, 9, 5));
        long tractors = resource(konepalvelu, "TRACTOR_LOADER");
        long o3 = offer(r3, tractors, konepalvelu, 3, at(12, 27, 9, 30), "Kuljettajat mukana.");
        commit(o3, r3, tractors, 3, at(12, 27, 9, 40), at(12, 27, 12, 10), at(12, 28, 17, 0));
        request(
                d,
                "WATER_TANK_LARGE",
                2,
                null,
                "583",
                null,
                null,
                "Juomavedenjakelu Pelkosenniemen kunnantalolla",
                "CANCELLED",
                rescue,
                at(12, 27, 10, 0));
        log(
                d,
                "MEDIA",
                at(12, 27, 12, 30),
                "Pelastuslaitoksen viestintä",
                rescue,
                "Tiedote: lämmittelypaikat auki Sallassa ja Savukoskella. Vesihuolto toimii varavoimalla;"
                        + " vesisäiliöpyyntö peruttiin.",
                null,
                null,
                null);
        log(
                d,
                "OBSERVATION",
                at(12, 27, 18, 0),
                "SPR Lapin piiri, valmiuspäällikkö",
                spr,
                "Vapepa tarkasti 142 taloutta; 6 henkilöä siirrettiin lämmittelypaikkaan ja 2 terveydenhuoltoon.",
                null,
                null,
                null);
        log(
                d,
                "OBSERVATION",
                at(12, 28, 8, 0),
                duty,
                rescue,
                "Ilman sähköä noin 2 100 asiakasta, pääosin Savukosken ja Sallan syrjäkylissä.",
                null,
                null,
                null);
        log(
                d,
                "DECISION",
                at(12, 28, 14, 0),
                duty,
                rescue,
                "Siirrytään palautumisvaiheeseen. Sallan lämmittelypaikka suljetaan klo 20, Savukoski jatkaa yön yli.",
                null,
                null,
                null);
        log(
                d,
                "OBSERVATION",
                at(12, 29, 10, 0),
                duty,
                rescue,
                "Kaikki asiakkaat sähköverkossa klo 9.40.",
                null,
                null,
                null);
        log(
                d,
                "TASK",
                at(12, 29, 12, 0),
                duty,
                rescue,
                "Lainatut voimavarat palautetaan omistajille; pelastuslaitos kokoaa havainnot jälkiarviointiin.",
                null,
                null,
                null);
        log(
                d,
                "DECISION",
                at(12, 30, 16, 0),
                duty,
                rescue,
                "Tilanne päätetään. Jälkiarviointi Lapin valmiustoimikunnassa tammikuussa 2026.",
                null,
                null,
                null);
        jdbc.sql("""
                        INSERT INTO operations.situation_report (disruption_id, number, period_start, period_end,
                          prepared_by, authorised_by, severity, confidence, summary, created_at)
                        VALUES (?, 1, ?, ?, ?, ?, 'SEVERE', 'MEDIUM', ?, ?)""")
                .params(
                        d,
                        at(12, 26, 14, 20),
                        at(12, 27, 8, 0),
                        duty,
                        "Pelastusjohtaja, Lapin pelastuslaitos",
                        "Sähkökatko koskee noin 9 000 asiakasta. Lämmittelypaikat toimivat Sallassa ja Savukoskella;"
                                + " varavoimakoneet ja Vapepan hälytysryhmät ovat käytössä.",
                        at(12, 27, 8, 10))
                .update();
    }

    /** The automatic entry of a request, as the system writes it (in each reader's language). */
    private LocalizedText requested(int quantity, String type, String description) {
        LocalizedName name = jdbc.sql("SELECT name_fi, name_sv, name_en FROM resources.resource_type WHERE code = ?")
                .param(type)
                .query((rs, n) -> LocalizedName.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        return LocalizedText.of(
                "request.log.described", LocalizedText.of("request.summary", quantity, name), description);
    }

    private long log(
            long d,
            String kind,
            OffsetDateTime at,
            String author,
            long actorId,
            Object text,
            Double lat,
            Double lon,
            Long corrects) {
        LocalizedText message = text instanceof LocalizedText t ? t : null;
        return jdbc.sql("""
                        INSERT INTO operations.log_entry (disruption_id, kind, text, message, occurred_at, recorded_at,
                          author_name, author_actor_id, lat, lon, corrects_id)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        d,
                        kind,
                        message == null ? text : messages.text(Messages.FINNISH, message),
                        message == null ? null : message.toJson(),
                        at,
                        at.plusMinutes(2),
                        author,
                        actorId,
                        lat,
                        lon,
                        corrects)
                .query(Long.class)
                .single();
    }

    private long resource(long owner, String type) {
        return jdbc.sql("""
                        SELECT r.id FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                         WHERE r.owner_actor_id = ? AND t.code = ? ORDER BY r.id LIMIT 1""").params(owner, type).query(Long.class).single();
    }

    private long request(
            long d,
            String type,
            int quantity,
            OffsetDateTime neededBy,
            String areaCode,
            Double lat,
            Double lon,
            String description,
            String status,
            long actorId,
            OffsetDateTime at) {
        Double la = lat;
        Double lo = lon;
        if (la == null) {
            var centre = jdbc.sql("SELECT lat, lon FROM network.area WHERE code = ?")
                    .param(areaCode)
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                    .single();
            la = centre[0];
            lo = centre[1];
        }
        return jdbc.sql("""
                        INSERT INTO operations.resource_request (disruption_id, resource_type_id, quantity, needed_by,
                          area_id, lat, lon, description, status, requested_by_actor_id, requested_by, created_at)
                        VALUES (?, (SELECT id FROM resources.resource_type WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?,
                          'Päivystävä palomestari', ?) RETURNING id""")
                .params(d, type, quantity, neededBy, area(areaCode), la, lo, description, status, actorId, at)
                .query(Long.class)
                .single();
    }

    private long offer(long request, long resource, long actorId, int quantity, OffsetDateTime at, String note) {
        return jdbc.sql("""
                        INSERT INTO operations.offer (request_id, resource_id, actor_id, quantity, eta, note, status,
                          offered_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'COMMITTED', 'Päivystäjä', ?) RETURNING id""")
                .params(request, resource, actorId, quantity, at.plusHours(3), note, at)
                .query(Long.class)
                .single();
    }

    private void commit(
            long offer,
            long request,
            long resource,
            int quantity,
            OffsetDateTime committed,
            OffsetDateTime deployed,
            OffsetDateTime released) {
        jdbc.sql("""
                        INSERT INTO operations.commitment (offer_id, request_id, resource_id, quantity, status, eta,
                          committed_at, committed_by, deployed_at, released_at)
                        VALUES (?, ?, ?, ?, 'RELEASED', ?, ?, 'Päivystävä palomestari', ?, ?)""")
                .params(offer, request, resource, quantity, deployed, committed, deployed, released)
                .update();
    }

    private void exercise() {
        long rescue = actor("Lapin pelastuslaitos");
        long x = jdbc.sql("""
                        INSERT INTO operations.exercise (title, kind, region_id, organiser_actor_id, start_date, end_date,
                          description, scenario_id)
                        VALUES (?, 'TABLETOP', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        "Pitkän sähkökatkon karttaharjoitus, Itä-Lappi",
                        area("19"),
                        rescue,
                        LocalDate.of(2025, 10, 14),
                        LocalDate.of(2025, 10, 14),
                        "Harjoiteltiin kolmen vuorokauden sähkökatkoa pakkasella: lämmittelypaikkojen avaamista,"
                                + " varavoiman jakamista, yksin asuvien tavoittamista ja viestintää, kun matkaviestinverkko"
                                + " ei toimi. (Demoaineisto.)",
                        scenario("Laaja ja pitkäkestoinen sähkökatko%"))
                .query(Long.class)
                .single();
        for (String name : List.of(
                "Lapin pelastuslaitos",
                "Lupa- ja valvontavirasto",
                "Lapin hyvinvointialue",
                "Suomen Punainen Risti, Lapin piiri",
                "Kemijärven kaupunki",
                "Sallan kunta",
                "Savukosken kunta",
                "Pelkosenniemen kunta",
                "Posion kunta",
                "Ounaskosken Konepalvelu Oy")) {
            jdbc.sql("INSERT INTO operations.exercise_participant (exercise_id, actor_id) VALUES (?, ?)")
                    .params(x, actor(name))
                    .update();
        }
        for (String[] o : new String[][] {
            {"Lämmittelypaikkojen varavoimaliitännät olivat kunnossa vain kahdessa kunnassa viidestä.", "Timo Rova"},
            {
                "Yksin asuvien ikäihmisten ajantasaista luetteloa ei saatu kotihoidolta harjoituksen aikana.",
                "Sari Kangas"
            },
            {"Satelliittipuhelimia oli kunnissa, mutta numeroita ei ollut jaettu muille toimijoille.", "Johanna Kallio"
            },
            {"Yrityksen varavoimakoneiden lähtövalmius ja kuljetus olivat tiedossa, sopimus puuttui.", "Pekka Ounasmaa"}
        }) {
            jdbc.sql("INSERT INTO operations.exercise_observation (exercise_id, text, author_name, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(x, o[0], o[1], at(10, 14, 15, 0).minusYears(1))
                    .update();
        }
        for (String l : List.of(
                "Kuntien lämmittelypaikkojen varavoimaliitännät kartoitetaan ja puutteet korjataan ennen seuraavaa talvea.",
                "Hyvinvointialue ja kunnat sopivat, miten yksin asuvien tiedot saadaan häiriötilanteessa käyttöön.",
                "Satelliittipuhelinten numerot kootaan alueen yhteiseen valmiusluetteloon.")) {
            jdbc.sql("INSERT INTO operations.lesson (exercise_id, text, created_at) VALUES (?, ?, ?)")
                    .params(x, l, at(10, 15, 9, 0).minusYears(1))
                    .update();
        }
    }
}
