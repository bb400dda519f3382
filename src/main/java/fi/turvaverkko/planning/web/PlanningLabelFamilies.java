package fi.turvaverkko.planning.web;

import fi.turvaverkko.planning.Emphasis;
import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.domain.GoalLinkView;
import fi.turvaverkko.planning.domain.WellbeingReportView;
import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The codes the planning pages (the action list's too, and others showing measures) show by their
 * labels: states of measures, programmes and reports, emphases, kinds of goal links and where a measure
 * came from.
 */
@Configuration(proxyBeanMethods = false)
class PlanningLabelFamilies {

    /** How a goal hangs from another: its links and its parent goal. */
    static final List<String> RELATIONS = relations();

    @Bean
    static LabelFamilies planningLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.ordered("measure.status.{}", MeasureStatus.CODES),
                LabelFamily.of("emphasis.{}", Emphasis.CODES),
                LabelFamily.ordered("programme.status.{}", List.of("DRAFT", "APPROVED", "ARCHIVED")),
                LabelFamily.ordered(
                        "programme.confidentiality.{}", List.of(ProgrammeView.PUBLIC, ProgrammeView.RESTRICTED)),
                LabelFamily.of("goalLink.kind.{}", GoalLinkView.KINDS),
                LabelFamily.of("goalLink.relation.up.{}", RELATIONS),
                LabelFamily.of("goalLink.relation.down.{}", RELATIONS),
                LabelFamily.ordered("report.status.{}", List.of("DRAFT", "APPROVED")),
                LabelFamily.ordered("report.type.{}", WellbeingReportView.TYPES),
                LabelFamily.of("measure.source.{}", MeasureView.SOURCE_TYPES));
    }

    private static List<String> relations() {
        List<String> r = new ArrayList<>(GoalLinkView.KINDS);
        r.add("SUBGOAL");
        return List.copyOf(r);
    }
}
