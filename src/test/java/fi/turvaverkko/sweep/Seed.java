package fi.turvaverkko.sweep;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo data has none of, so that no page would show it: one of each, made through the API
 * as the people who would make it, in the sweep's own database before it crawls. Without these,
 * the pages of a request, a proposal, an offer, a registration, an unfinished self-assessment, a
 * draft plan's goals and reports and a disruption still going on (and its edit form) would be
 * reached by no link.
 */
final class Seed {

    private final String base;
    private final JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The confirmation link of a registration left unconfirmed, which only its mail leads to. */
    private String unconfirmed;

    Seed(String base, JdbcClient jdbc) {
        this.base = base;
        this.jdbc = jdbc;
    }

    void all() throws IOException, InterruptedException {
        // an NGO asks to join a group it is not in (Rovaniemi's wellbeing and safety working group)
        String group = jdbc.sql("""
                        SELECT g.id::text FROM network.cooperation_group g
                        WHERE NOT EXISTS (SELECT 1 FROM network.membership m JOIN identity.user_actor ua
                                            ON ua.actor_id = m.actor_id JOIN identity.app_user u ON u.id = ua.user_id
                                          WHERE m.group_id = g.id AND u.username = 'spr')
                          AND g.area_id = (SELECT id FROM network.area WHERE code = '698')
                        ORDER BY g.id LIMIT 1""").query(String.class).single();
        post("spr", "/api/v1/join-requests", """
                {"groupId": "%s", "message": "Haluamme mukaan kylien turvallisuustyöhön."}""".formatted(group));
        post("spr", "/api/v1/measure-proposals", """
                {"title": "Ensiapukurssi kylätalolla", "description": "Ilta kylätalolla syksyllä.", "areaCodes": ["698"],
                 "emphasis": "EARLY_INTERVENTION", "startDate": "2027-09-01", "endDate": "2027-11-30"}""");
        post("yritys", "/api/v1/resource-offers", """
                {"typeCode": "GENERATOR_20KVA", "name": "Korjaamon aggregaatti", "quantity": 1, "areaCode": "698",
                 "availability": "AVAILABLE", "activationMinutes": 120, "description": "Siirrettävä, peräkärryllä."}""");
        // a municipality's wellbeing plan still in draft, with a goal and this year's report drafted
        // from it: the demo's plans are approved, and only a draft's goals and reports can be edited
        int year = java.time.LocalDate.now().getYear();
        String rovaniemi = jdbc.sql("""
                        SELECT ua.actor_id::text FROM identity.user_actor ua JOIN identity.app_user u ON u.id = ua.user_id
                        WHERE u.username = 'rovaniemi' ORDER BY ua.actor_id LIMIT 1""").query(String.class).single();
        String plan =
                created("rovaniemi", "/api/v1/programmes", """
                {"kind": "WELLBEING_PLAN", "name": "Rovaniemen hyvinvointisuunnitelma %d–%d (luonnos)",
                 "areaCode": "698", "ownerActorId": "%s", "periodStart": "%d-01-01", "periodEnd": "%d-12-31"}""".formatted(year, year + 3, rovaniemi, year, year + 3));
        post("rovaniemi", "/api/v1/goals", """
                {"programmeId": "%s", "code": "1", "title": "Lapset ja nuoret voivat hyvin"}""".formatted(plan));
        post("rovaniemi", "/api/v1/programmes/" + plan + "/wellbeing-reports", """
                {"type": "YEARLY_REPORT", "year": %d}""".formatted(year));
        // a disruption still being monitored, led by the rescue department: the demo's one is closed,
        // and only an open one offers its edit form, status changes and new requests
        post("pelastus", "/api/v1/disruptions", """
                {"kind": "POWER_OUTAGE", "title": "Myrskyn jälkeinen sähkökatko Rovaniemen kylissä",
                 "description": "Noin 800 taloutta ilman sähköä; korjaus kestää arviolta kaksi vuorokautta.",
                 "severity": "MODERATE", "areaCodes": ["698"], "publicAlert": false,
                 "startedAt": "%s"}""".formatted(
                        java.time.OffsetDateTime.now().withNano(0).minusHours(5)));
        // an unfinished self-assessment of the business
        post("yritys", "/api/v1/continuity/assessments", "{}");
        // a registration, confirmed from the link in its mail
        post(null, "/api/v1/registrations", """
                {"organisationName": "Sodankylän Kyläyhdistys ry", "sector": "NGO", "businessId": null,
                 "homeAreaCode": "758", "email": "kylayhdistys@example.org", "username": "kylayhdistys",
                 "password": "Pitkä salasana 2027"}""");
        String link = confirmationLink("kylayhdistys@example.org");
        post(null, "/api/v1" + link.replace("/register/", "/registrations/"), "");
        // and one whose sender has not yet followed the link in its mail
        post(null, "/api/v1/registrations", """
                {"organisationName": "Pellon Metsästysseura ry", "sector": "NGO", "businessId": null,
                 "homeAreaCode": "854", "email": "metsastysseura@example.org", "username": "metsastysseura",
                 "password": "Pitkä salasana 2028"}""");
        unconfirmed = confirmationLink("metsastysseura@example.org");
    }

    private String confirmationLink(String email) {
        String mail = jdbc.sql("SELECT body FROM platform.mail_message WHERE recipient = ? ORDER BY id DESC LIMIT 1")
                .param(email)
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("/register/confirm/[A-Za-z0-9_-]+").matcher(mail);
        if (!link.find()) {
            throw new IllegalStateException("no confirmation link in the registration mail: " + mail);
        }
        return link.group();
    }

    /**
     * The addresses of {@link Routes#OPENED_DIRECTLY}, which every crawl opens directly: no link of
     * the product leads to them.
     */
    List<String> directAddresses() {
        return List.of("/register/sent", unconfirmed);
    }

    private void post(String user, String path, String json) throws IOException, InterruptedException {
        int status = send(user, path, json);
        if (!List.of(200, 201, 202, 204).contains(status)) {
            throw new IllegalStateException(
                    "seeding " + path + " as " + user + " answered " + status + ": " + lastBody);
        }
    }

    private String lastBody;

    /** Posts and answers the id of what was created. */
    private String created(String user, String path, String json) throws IOException, InterruptedException {
        post(user, path, json);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)").matcher(lastBody);
        if (!id.find()) {
            throw new IllegalStateException("no id in the answer to " + path + ": " + lastBody);
        }
        return id.group(1);
    }

    private int send(String user, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        lastBody = r.body();
        return r.statusCode();
    }
}
