package fi.turvaverkko.registration.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.MeasureService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns an approved proposal into a measure of the action list, through the planning module. */
@Component
class MeasureHandOver {

    /** What a proposal without an emphasis becomes: proposals from organisations are mostly preventive. */
    static final String DEFAULT_EMPHASIS = "PREVENTION";

    private final MeasureService measures;
    private final Actors actors;

    MeasureHandOver(MeasureService measures, Actors actors) {
        this.measures = measures;
        this.actors = actors;
    }

    /**
     * Creates the measure in the current action list of the proposal's region, with the proposing
     * organisation responsible for it; a proposal without areas concerns the organisation's home area.
     * Answers the measure's id. The action list checks the draft (400) and refuses a second measure of
     * the same proposal or a region without an action list (409).
     */
    String create(String proposalId, MeasureProposalCommand p) {
        List<String> areaCodes = p.areaCodes();
        if (areaCodes == null || areaCodes.isEmpty()) {
            areaCodes = actors.find(Long.valueOf(p.actorId()))
                    .map(ActorView::homeAreaCode)
                    .map(List::of)
                    .orElse(List.of());
        }
        MeasureDraft draft = new MeasureDraft(
                p.title(),
                p.description(),
                p.actorId(),
                List.of(),
                areaCodes,
                p.themes(),
                p.targetGroups(),
                p.emphasis() == null ? DEFAULT_EMPHASIS : p.emphasis(),
                p.startDate(),
                p.endDate(),
                null);
        return measures.createFromSource(draft, "MEASURE_PROPOSAL", proposalId).id();
    }
}
