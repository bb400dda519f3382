package fi.turvaverkko.registration.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal of a measure for the action list: the measure's fields and the organisation that
 * proposes it ({@code actorId}; may be left out when the user acts for one only).
 */
public record MeasureProposalCommand(
        String actorId,
        String title,
        String description,
        List<String> areaCodes,
        List<String> themes,
        List<String> targetGroups,
        String emphasis,
        LocalDate startDate,
        LocalDate endDate) {

    /** The writable fields of a proposal as the API and the form send it; the rest is ignored. */
    public static MeasureProposalCommand of(MeasureProposalView v) {
        return new MeasureProposalCommand(
                v.actorId(),
                v.title(),
                v.description(),
                v.areaCodes(),
                v.themes(),
                v.targetGroups(),
                v.emphasis(),
                v.startDate(),
                v.endDate());
    }
}
