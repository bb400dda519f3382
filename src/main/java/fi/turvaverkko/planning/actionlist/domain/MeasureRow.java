package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView.Cost;
import java.time.LocalDate;
import java.util.List;

/**
 * A checked measure as it is written: references resolved to ids, areas to area ids, costs in the
 * order of the years; {@code sourceType} and {@code sourceId} name what another module made it from,
 * if anything.
 */
record MeasureRow(
        long programmeId,
        String code,
        String title,
        String titleSv,
        String description,
        String descriptionSv,
        long responsibleActorId,
        List<Long> partnerActorIds,
        List<Long> areaIds,
        List<String> targetGroups,
        List<String> themes,
        String emphasis,
        List<Long> goalIds,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        Integer progressPercent,
        String fundingSource,
        Integer budgetYear,
        Integer planYearFrom,
        Integer planYearTo,
        Long costCarrierGroupId,
        Long costCarrierActorId,
        Long sourceActionItemId,
        List<Cost> costs,
        String sourceType,
        String sourceId) {

    /** The same measure, made from another module's source. */
    MeasureRow fromSource(String type, String id) {
        return new MeasureRow(
                programmeId,
                code,
                title,
                titleSv,
                description,
                descriptionSv,
                responsibleActorId,
                partnerActorIds,
                areaIds,
                targetGroups,
                themes,
                emphasis,
                goalIds,
                startDate,
                endDate,
                status,
                progressPercent,
                fundingSource,
                budgetYear,
                planYearFrom,
                planYearTo,
                costCarrierGroupId,
                costCarrierActorId,
                sourceActionItemId,
                costs,
                type,
                id);
    }
}
