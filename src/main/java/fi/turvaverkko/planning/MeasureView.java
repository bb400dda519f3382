package fi.turvaverkko.planning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A measure of the action list as the API returns it; {@code PUT} takes it back and ignores the
 * read-only fields: {@code id}, {@code delayed} (past its end and not done), {@code lastProgressOn}
 * (from the latest progress update), {@code sourceType} and {@code sourceId} (what another module made
 * the measure from: {@code MEASURE_PROPOSAL}, {@code CONTINUITY_SUGGESTION} or {@code
 * EXERCISE_LESSON}, with the id there). {@code programmeId} is fixed once the measure exists, and
 * {@code sourceActionItemId} and {@code progressPercent} are read only when it is created (afterwards
 * progress updates move the percent). Areas are given by code.
 */
public record MeasureView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
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
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean delayed,
        Integer progressPercent,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate lastProgressOn,
        String fundingSource,
        Integer budgetYear,
        Integer planYearFrom,
        Integer planYearTo,
        String costCarrierGroupId,
        String costCarrierActorId,
        List<Cost> costs,
        String sourceActionItemId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String sourceType,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String sourceId,
        Long version) {

    /** Planned and realised cost of one year, in euros. */
    public record Cost(Integer year, BigDecimal planned, BigDecimal realised) {}

    /** The source types of other modules' measures (see {@link Measures#createFromSource}). */
    public static final java.util.Set<String> SOURCE_TYPES =
            java.util.Set.of("MEASURE_PROPOSAL", "CONTINUITY_SUGGESTION", "EXERCISE_LESSON");

    /** The title in the current language: Swedish when asked and given, else Finnish. */
    @JsonIgnore
    public String localTitle() {
        return "sv".equals(LocaleContextHolder.getLocale().getLanguage()) && titleSv != null && !titleSv.isBlank()
                ? titleSv
                : title;
    }

    /** The measure as another module's list shows it. */
    @JsonIgnore
    public MeasureSummary summary() {
        return new MeasureSummary(id, localTitle(), status, progressPercent, Boolean.TRUE.equals(delayed));
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
