package fi.turvaverkko.planning.demo;

import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.ProgrammeLoader;
import fi.turvaverkko.planning.domain.WellbeingService;
import fi.turvaverkko.platform.DemoData;
import fi.turvaverkko.platform.Messages;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The yearly steps of Rovaniemi's wellbeing report on a first start, drafted from the plan's goals
 * and measures once both are loaded (the programmes' demo data, then the action list's): the approved
 * yearly report of 2025 with the working group's assessment, and the draft of the 2026 yearly review.
 */
@Component
@Order(112)
class WellbeingDemoData implements ApplicationRunner {

    static final String WELLBEING_PLAN = "Rovaniemen hyvinvointisuunnitelma 2025–2029";

    private final DemoData demo;
    private final ProgrammeLoader loader;
    private final WellbeingService wellbeing;
    private final JdbcClient jdbc;

    WellbeingDemoData(DemoData demo, ProgrammeLoader loader, WellbeingService wellbeing, JdbcClient jdbc) {
        this.demo = demo;
        this.loader = loader;
        this.wellbeing = wellbeing;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("SELECT count(*) FROM planning.wellbeing_report")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        Optional<ProgrammeView> plan = loader.named(WELLBEING_PLAN);
        if (plan.isEmpty()) {
            return;
        }
        java.util.Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Messages.FINNISH);
        try {
            load(plan.get());
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private void load(ProgrammeView plan) {
        wellbeing.loadDraft(
                plan.id(),
                "YEARLY_REPORT",
                2025,
                Messages.FINNISH,
                "rovaniemi",
                "Rovaniemen kaupunginvaltuusto 16.3.2026 § 23",
                "Suunnitelman tavoitteet etenivät vuonna 2025 pääosin suunnitellusti. Ennalta ehkäisevän"
                        + " työn osuus kustannuksista kasvoi, ja järjestöjen vapaaehtoistoiminta tavoitti"
                        + " ikääntyneitä ja lapsiperheitä myös syrjäkylissä. Myöhässä olevat toimenpiteet"
                        + " viivästyivät pääosin henkilöstön vaihtuvuuden vuoksi; ne siirretään vuoden 2026"
                        + " toimintasuunnitelmaan, ja niiden vastuuhenkilöt vahvistetaan työryhmän"
                        + " helmikuun kokouksessa. Työryhmä esittää, että kylien turvallisuuskävelyjä"
                        + " jatketaan niissä kylissä, joissa niitä ei vielä ole tehty.");
        wellbeing.loadDraft(plan.id(), "YEARLY_REVIEW", 2026, Messages.FINNISH, "rovaniemi", null, null);
    }
}
