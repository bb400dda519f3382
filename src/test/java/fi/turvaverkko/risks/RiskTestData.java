package fi.turvaverkko.risks;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Bodies and lookups the risk tests share. */
final class RiskTestData {

    private RiskTestData() {}

    static String actor(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id::text FROM network.actor WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    static String scenario(JdbcClient jdbc, String title) {
        return jdbc.sql("SELECT id::text FROM risks.scenario WHERE title = ?")
                .param(title)
                .query(String.class)
                .single();
    }

    /** Measures of public programmes of the planning module's demo action list. */
    static java.util.List<String> measures(JdbcClient jdbc, int n) {
        return jdbc.sql("""
                        SELECT m.id::text FROM planning.measure m JOIN planning.programme p ON p.id = m.programme_id
                        WHERE p.confidentiality = 'PUBLIC' ORDER BY m.id LIMIT ?""").param(n).query(String.class).list();
    }

    static final String SABOTAGE = "Kriittisen infrastruktuurin sabotointi";
    static final String POWER_OUTAGE = "Laaja ja pitkäkestoinen sähkökatko kovalla pakkasella";

    /** A scenario body with every field; placeholders: title, owner id, likelihood, restricted. */
    static String body(String title, String ownerId, int likelihood, boolean restricted) {
        return """
                {"title": "%s", "titleSv": "Testscenario", "description": "Testikuvaus.", "category": "LARGE_ACCIDENTS",
                 "themes": ["PREPAREDNESS"], "areaCodes": ["698", "261"], "ownerActorId": "%s", "reviewDate": "2027-05-31",
                 "likelihood": %d,
                 "impacts": {"DEATHS": 2, "INJURED": 3, "EVACUATED": 4, "MATERIAL_DAMAGE": 3, "BUSINESS_INTERRUPTION": 2,
                             "ENVIRONMENT": 1, "SOCIETAL": 3},
                 "reliability": "MEDIUM", "residualLikelihood": 2, "residualImpact": 2,
                 "measureIds": [], "resourceTypes": ["FLOOD_PUMP", "RESCUE_BOAT"], "restricted": %s}""".formatted(title, ownerId, likelihood, restricted);
    }
}
