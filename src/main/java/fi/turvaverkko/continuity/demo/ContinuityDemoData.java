package fi.turvaverkko.continuity.demo;

import fi.turvaverkko.continuity.domain.AssessmentService;
import fi.turvaverkko.continuity.domain.QuestionnaireService;
import fi.turvaverkko.continuity.domain.QuestionnaireView;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.BusinessId;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.platform.DemoData;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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
 * Demo data: fictional Lapland businesses with completed self-assessments, and a few lighter ones by
 * a municipality, an NGO and parishes. The numbers are chosen so that the regional summary shows
 * both: sub-regions with enough respondents, and cells withheld because there are too few (Rovaniemi
 * 5 and Kemi-Tornio 4 businesses; Fell Lapland 2 and Eastern Lapland 1; none in Northern Lapland).
 */
@Component
@Order(160)
class ContinuityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContinuityDemoData.class);

    /** A fictional business: name, home municipality, business ID digits, what it does. */
    private record Business(String name, String home, String digits, String description) {}

    /** A respondent: its name, the family it answers, its general level and strong or weak areas. */
    private record Profile(String actor, String family, int base, Map<String, Integer> bias, int daysAgo) {}

    private static final List<Business> BUSINESSES = List.of(
            new Business(
                    "Napapiirin Lumityö Oy",
                    "698",
                    "9990101",
                    "Kuvitteellinen yritys (demoaineisto). Rovaniemeläinen kiinteistöjen lumityö- ja"
                            + " kunnossapitoyritys."),
            new Business(
                    "Ounasvaaran Elämyspalvelut Oy",
                    "698",
                    "9990102",
                    "Kuvitteellinen yritys (demoaineisto). Matkailun ohjelmapalveluja Rovaniemellä."),
            new Business(
                    "Lapin Tukkuruoka Oy",
                    "698",
                    "9990103",
                    "Kuvitteellinen yritys (demoaineisto). Elintarvikkeiden tukkukauppa ja kylmäkuljetukset."),
            new Business(
                    "Kairan Tietopalvelu Oy",
                    "698",
                    "9990104",
                    "Kuvitteellinen yritys (demoaineisto). Pienyritysten ja kuntien IT-palveluja."),
            new Business(
                    "Perämeren Satamapalvelu Oy",
                    "240",
                    "9990105",
                    "Kuvitteellinen yritys (demoaineisto). Satamaoperointia ja lastinkäsittelyä Kemissä."),
            new Business(
                    "Tornion Rajakauppa Oy",
                    "851",
                    "9990110",
                    "Kuvitteellinen yritys (demoaineisto). Vähittäiskauppa Torniossa."),
            new Business(
                    "Keminmaan Sähkö ja Lämpö Oy",
                    "241",
                    "9990107",
                    "Kuvitteellinen yritys (demoaineisto). Sähkö- ja lämpöasennukset sekä varavoimakoneiden huolto."),
            new Business(
                    "Levin Tunturiohjelmat Oy",
                    "261",
                    "9990108",
                    "Kuvitteellinen yritys (demoaineisto). Ohjelmapalveluja Kittilän Levillä."),
            new Business(
                    "Sallan Puutuote Oy",
                    "732",
                    "9990109",
                    "Kuvitteellinen yritys (demoaineisto). Sahateollisuutta ja puutuotteita Sallassa."));

    private static final List<Profile> PROFILES = List.of(
            profile("Ounaskosken Konepalvelu Oy", "BCM", 2, "PREMISES", 2, "ICT", -1, 95),
            profile("Napapiirin Lumityö Oy", "BCM", 2, "PERSONNEL", 1, "EXERCISES", -1, 60),
            profile("Ounasvaaran Elämyspalvelut Oy", "BCM", 2, "COMMUNICATION", 1, "SUPPLY", -1, 40),
            profile("Lapin Tukkuruoka Oy", "BCM", 3, "SUPPLY", 1, "ICT", -1, 120),
            profile("Kairan Tietopalvelu Oy", "BCM", 2, "ICT", 2, "PREMISES", -1, 20),
            profile("Kemijoen Kuljetus Oy", "BCM", 2, "SUPPLY", 1, "RISK_BIA", -1, 75),
            profile("Perämeren Satamapalvelu Oy", "BCM", 3, "LEADERSHIP", 1, "PERSONNEL", -1, 30),
            profile("Tornion Rajakauppa Oy", "BCM", 1, "COMMUNICATION", 1, "RISK_BIA", -1, 55),
            profile("Keminmaan Sähkö ja Lämpö Oy", "BCM", 2, "PREMISES", 2, "EXERCISES", -1, 15),
            profile("Tunturimajoitus Oy", "BCM", 2, "COMMUNICATION", 1, "PREMISES", -1, 50),
            profile("Levin Tunturiohjelmat Oy", "BCM", 1, "PERSONNEL", 1, "ICT", -1, 10),
            profile("Sallan Puutuote Oy", "BCM", 2, "PREMISES", 1, "COMMUNICATION", -1, 70),
            profile("Rovaniemen kaupunki", "BCM_LIGHT", 3, "LEADERSHIP", 1, "SUPPLY", -1, 45),
            profile("Suomen Punainen Risti, Lapin piiri", "BCM_LIGHT", 3, "EXERCISES", 1, "ICT", -1, 35),
            profile("Rovaniemen seurakunta", "BCM_LIGHT", 2, "PERSONNEL", 1, "ICT", -1, 25),
            profile("Kemin seurakunta", "BCM_LIGHT", 2, "COMMUNICATION", 1, "PREMISES", -1, 65));

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final Actors actors;
    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;

    ContinuityDemoData(
            DemoData demo,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Actors actors,
            QuestionnaireService questionnaires,
            AssessmentService assessments) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.actors = actors;
        this.questionnaires = questionnaires;
        this.assessments = assessments;
    }

    private static Profile profile(
            String actor, String family, int base, String strong, int up, String weak, int down, int daysAgo) {
        return new Profile(actor, family, base, Map.of(strong, up, weak, down), daysAgo);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        long existing = jdbc.sql("SELECT count(*) FROM continuity.assessment")
                .query(Long.class)
                .single();
        long actorsThere =
                jdbc.sql("SELECT count(*) FROM network.actor").query(Long.class).single();
        if (existing > 0 || actorsThere == 0) {
            return;
        }
        int loaded = new TransactionTemplate(transactions).execute(status -> load());
        log.info("Continuity demo data loaded: {} businesses, {} completed assessments", BUSINESSES.size(), loaded);
    }

    private int load() {
        for (Business b : BUSINESSES) {
            if (find(b.name()) == null) {
                Integer check = BusinessId.checkDigit(b.digits());
                actors.createAs(
                        new CreateActor(
                                b.name(),
                                null,
                                "BUSINESS",
                                "LOCAL",
                                false,
                                null,
                                b.home(),
                                b.digits() + "-" + check,
                                null,
                                null,
                                null,
                                b.description()),
                        "ACTIVE");
            }
        }
        Map<String, QuestionnaireView> current = new HashMap<>();
        questionnaires.list(true).forEach(q -> current.put(q.code(), questionnaires.get(q.id())));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        int count = 0;
        for (Profile p : PROFILES) {
            ActorView actor = find(p.actor());
            QuestionnaireView q = current.get(p.family());
            if (actor == null || q == null) {
                continue;
            }
            Random random = new Random(p.actor().hashCode());
            Map<String, Integer> scores = new HashMap<>();
            for (QuestionnaireView.Section s : q.sections()) {
                for (QuestionnaireView.Question question : s.questions()) {
                    int score = p.base() + p.bias().getOrDefault(s.code(), 0) + random.nextInt(3) - 1;
                    scores.put(question.id(), Math.max(0, Math.min(4, score)));
                }
            }
            assessments.loadSubmitted(
                    Long.parseLong(actor.id()), Long.parseLong(q.id()), scores, now.minusDays(p.daysAgo()), "demo");
            count++;
        }
        return count;
    }

    private ActorView find(String name) {
        return actors
                .list(new ActorFilter(name, null, null, null, null), fi.turvaverkko.shared.PageParams.first(20))
                .content()
                .stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
