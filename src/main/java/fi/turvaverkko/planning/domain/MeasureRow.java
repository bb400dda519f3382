package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.MeasureView.Cost;
import java.time.LocalDate;
import java.util.List;

/** A measure as it is written: references resolved to ids, areas to area ids. */
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
        List<Cost> costs) {}
