package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller writes of a measure: the writable fields of {@link MeasureView}, nothing derived
 * (delay, the latest progress date, where another module made it from). On create {@code programmeId}
 * names the programme, {@code sourceActionItemId} may name the meeting's action item it comes from and
 * {@code progressPercent} may bring the share done (an imported list); a change ignores both, its
 * {@code programmeId}, when given, must be the measure's own, and {@code version} is the one the
 * caller read. The status moves only as {@link fi.turvaverkko.planning.MeasureStatus} allows.
 */
public record MeasureCommand(
        String programmeId,
        String code,
        String title,
        String titleSv,
        String description,
        String descriptionSv,
        String responsibleActorId,
        List<String> partnerActorIds,
        List<String> areaCodes,
        List<String> targetGroups,
        List<String> themes,
        String emphasis,
        List<String> goalIds,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        Integer progressPercent,
        String fundingSource,
        Integer budgetYear,
        Integer planYearFrom,
        Integer planYearTo,
        String costCarrierGroupId,
        String costCarrierActorId,
        List<Cost> costs,
        String sourceActionItemId,
        Long version) {

    /** The writable fields of a measure as the API returns it (the read-only ones are left behind). */
    public static MeasureCommand of(MeasureView v) {
        return new MeasureCommand(
                v.programmeId(),
                v.code(),
                v.title(),
                v.titleSv(),
                v.description(),
                v.descriptionSv(),
                v.responsibleActorId(),
                v.partnerActorIds(),
                v.areaCodes(),
                v.targetGroups(),
                v.themes(),
                v.emphasis(),
                v.goalIds(),
                v.startDate(),
                v.endDate(),
                v.status(),
                v.progressPercent(),
                v.fundingSource(),
                v.budgetYear(),
                v.planYearFrom(),
                v.planYearTo(),
                v.costCarrierGroupId(),
                v.costCarrierActorId(),
                v.costs(),
                v.sourceActionItemId(),
                v.version());
    }

    /** What another module's draft says of a new measure; it starts {@code PLANNED}. */
    static MeasureCommand of(fi.turvaverkko.planning.MeasureDraft d) {
        return new MeasureCommand(
                d.programmeId(),
                null,
                d.title(),
                null,
                d.description(),
                null,
                d.responsibleActorId(),
                d.partnerActorIds(),
                d.areaCodes(),
                d.targetGroups(),
                d.themes(),
                d.emphasis(),
                List.of(),
                d.startDate(),
                d.endDate(),
                "PLANNED",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }
}
