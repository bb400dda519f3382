package fi.turvaverkko.continuity;

import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.continuity.domain.QuestionnaireView;
import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.support.Api;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A region of its own for a test: two sub-regions with a municipality each, a lead actor with a
 * coordinator, and businesses and users made on demand, so that aggregates count only what the test
 * made. Built through the services' rights-free loaders, as demo data is.
 */
final class TestRegion {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    final String code;
    final String sub1;
    final String sub2;
    final String mun1;
    final String mun2;
    final String coordinator;

    private final Areas areas;
    private final Actors actors;
    private final UserManagement users;
    private final AssessmentService assessments;
    private final QuestionnaireService questionnaires;

    TestRegion(
            JdbcClient jdbc,
            Areas areas,
            Actors actors,
            UserManagement users,
            AssessmentService assessments,
            QuestionnaireService questionnaires) {
        this.areas = areas;
        this.actors = actors;
        this.users = users;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        String n = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase() + NEXT.getAndIncrement();
        code = "T" + n;
        sub1 = "TS1" + n;
        sub2 = "TS2" + n;
        mun1 = "TM1" + n;
        mun2 = "TM2" + n;
        area("REGION", code, "FI", "Testimaakunta " + n);
        area("SUBREGION", sub1, code, "Ensimmäinen seutukunta " + n);
        area("SUBREGION", sub2, code, "Toinen seutukunta " + n);
        area("MUNICIPALITY", mun1, sub1, "Ykköskunta " + n);
        area("MUNICIPALITY", mun2, sub2, "Kakkoskunta " + n);
        String lead = actor("Testivirasto " + n, "STATE_AUTHORITY", code);
        areas.loadLeadActor(code, Long.parseLong(lead));
        coordinator = user("tk" + n.toLowerCase(), Role.COORDINATOR, lead);
    }

    private void area(String type, String code, String parent, String name) {
        areas.load(
                new AreaView(null, type, code, null, parent, null, name, null, null, null, 66.0, 25.0, 1000, null, 0L),
                null);
    }

    /** A new active actor; answers its id. */
    String actor(String name, String sector, String home) {
        return actors.createAs(
                        new CreateActor(
                                Api.unique(name),
                                null,
                                sector,
                                "LOCAL",
                                null,
                                null,
                                home,
                                "BUSINESS".equals(sector) ? Api.businessId() : null,
                                null,
                                null,
                                null,
                                null),
                        "ACTIVE")
                .id();
    }

    /** A user with the demo password who acts for the actor; answers the username. */
    String user(String username, Role role, String actorId) {
        users.ensureDemoUser(
                username, username, username + "@example.org", List.of(role), List.of(Long.valueOf(actorId)), "demo");
        return username;
    }

    /** A business in a municipality with a user of its own; answers [actorId, username]. */
    String[] business(String municipality) {
        String id = actor("Testiyritys Oy", "BUSINESS", municipality);
        String username = "ty" + Long.toString(System.nanoTime(), 36);
        user(username, Role.MEMBER, id);
        return new String[] {id, username};
    }

    /** A completed assessment of the newest version of a family, every question at the given level. */
    String answered(String actorId, String family, int level) {
        QuestionnaireView q = questionnaires.list(true).stream()
                .filter(x -> x.code().equals(family))
                .findFirst()
                .map(x -> questionnaires.get(x.id()))
                .orElseThrow();
        Map<String, Integer> scores = new HashMap<>();
        q.sections().forEach(s -> s.questions().forEach(x -> scores.put(x.id(), level)));
        return assessments.loadSubmitted(
                Long.parseLong(actorId), Long.parseLong(q.id()), scores, OffsetDateTime.now(), "test");
    }
}
