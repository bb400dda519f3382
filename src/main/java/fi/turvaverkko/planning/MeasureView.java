package fi.turvaverkko.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A measure of the action list as the API returns it and takes it back in {@code PUT}. Read-only:
 * {@code delayed} (past its end and not done), {@code progressPercent} and {@code lastProgressOn}
 * (from the latest progress update), {@code sourceType} and {@code sourceId} (what another module
 * made the measure from: {@code MEASURE_PROPOSAL}, {@code CONTINUITY_SUGGESTION} or
 * {@code EXERCISE_LESSON}, with the id there). Areas are given by code.
 */
public record MeasureView(
        String id,
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
        Boolean delayed,
        Integer progressPercent,
        LocalDate lastProgressOn,
        String fundingSource,
        Integer budgetYear,
        Integer planYearFrom,
        Integer planYearTo,
        String costCarrierGroupId,
        String costCarrierActorId,
        List<Cost> costs,
        String sourceActionItemId,
        String sourceType,
        String sourceId,
        Long version) {

    /** Planned and realised cost of one year, in euros. */
    public record Cost(Integer year, BigDecimal planned, BigDecimal realised) {}

    /** The title in the current language: Swedish when asked and given, else Finnish. */
    @JsonIgnore
    public String localTitle() {
        return "sv".equals(LocaleContextHolder.getLocale().getLanguage()) && titleSv != null && !titleSv.isBlank()
                ? titleSv
                : title;
    }

    @JsonIgnore
    public String localDescription() {
        return "sv".equals(LocaleContextHolder.getLocale().getLanguage())
                        && descriptionSv != null
                        && !descriptionSv.isBlank()
                ? descriptionSv
                : description;
    }

    @JsonIgnore
    public BigDecimal plannedTotal() {
        return costs == null
                ? BigDecimal.ZERO
                : costs.stream()
                        .map(c -> c.planned() == null ? BigDecimal.ZERO : c.planned())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @JsonIgnore
    public BigDecimal realisedTotal() {
        return costs == null
                ? BigDecimal.ZERO
                : costs.stream()
                        .map(c -> c.realised() == null ? BigDecimal.ZERO : c.realised())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
