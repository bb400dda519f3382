package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a caller is handed of restricted plans, for the audit log (ADR 0024): every service method
 * that returns planning's items reports them here after its rights check, so that any path — page,
 * API, list, export, PDF, another module — leaves its entry. Which plans are restricted is asked of
 * the database for the items at hand, once a call; nothing is remembered between calls.
 */
@Component
public class PlanningReads {

    private final ProgrammeRepository programmes;
    private final ApplicationEventPublisher events;

    PlanningReads(ProgrammeRepository programmes, ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.events = events;
    }

    /** The restricted programmes among these ids (all of them when the ids are null). */
    public Set<Long> restrictedAmong(Collection<Long> programmeIds) {
        return programmes.restrictedAmong(programmeIds);
    }

    /** Reports the restricted programmes among those handed to the caller. */
    public <C extends Collection<ProgrammeView>> C programmes(C handedOut) {
        for (ProgrammeView p : handedOut) {
            if (p.isRestricted()) {
                report("PROGRAMME", p.id(), "programme");
            }
        }
        return handedOut;
    }

    /** Reports the goals of restricted programmes among those handed to the caller. */
    public <C extends Collection<GoalView>> C goals(C handedOut) {
        return of(handedOut, g -> List.of(g.programmeId()), "GOAL", GoalView::id, "goal");
    }

    /** Reports the measures of restricted programmes among those handed to the caller. */
    public <C extends Collection<MeasureView>> C measures(C handedOut) {
        return of(handedOut, m -> List.of(m.programmeId()), "MEASURE", MeasureView::id, "measure");
    }

    /** Reports the alignment links that touch a restricted programme among those handed to the caller. */
    public <C extends Collection<GoalLinkView>> C links(C handedOut) {
        return of(
                handedOut, l -> List.of(l.fromProgrammeId(), l.toProgrammeId()), "GOAL_LINK", GoalLinkView::id, "link");
    }

    /** Reports the wellbeing reports of restricted plans among those handed to the caller. */
    public <C extends Collection<WellbeingReportView>> C reports(C handedOut) {
        return of(handedOut, r -> List.of(r.programmeId()), "WELLBEING_REPORT", WellbeingReportView::id, "report");
    }

    private <T, C extends Collection<T>> C of(
            C handedOut, Function<T, List<String>> plans, String type, Function<T, String> id, String what) {
        if (handedOut.isEmpty()) {
            return handedOut;
        }
        List<Long> ids = new ArrayList<>();
        handedOut.forEach(x -> plans.apply(x).forEach(p -> {
            Long key = ProgrammeAccess.id(p);
            if (key != null) {
                ids.add(key);
            }
        }));
        Set<Long> restricted = programmes.restrictedAmong(ids);
        if (!restricted.isEmpty()) {
            for (T x : handedOut) {
                if (plans.apply(x).stream().map(ProgrammeAccess::id).anyMatch(restricted::contains)) {
                    report(type, id.apply(x), what);
                }
            }
        }
        return handedOut;
    }

    /** Reports one item of a restricted plan as read (what = which part of it, e.g. {@code cost}). */
    public void report(String type, String id, String what) {
        events.publishEvent(new RestrictedItemRead(type, id, what));
    }
}
