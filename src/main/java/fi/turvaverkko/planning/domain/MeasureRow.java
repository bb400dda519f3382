package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.MeasureView.Cost;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure as it is written: references resolved to ids, areas to area ids; {@code sourceType} and
 * {@code sourceId} name what another module made it from, if anything.
 */
public record MeasureRow(
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

    /** A measure made here, not from another module's source. */
    public MeasureRow(
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
            List<Cost> costs) {
        this(
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
                null,
                null);
    }

    /** The same measure, made from another module's source. */
    public MeasureRow fromSource(String type, String id) {
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
