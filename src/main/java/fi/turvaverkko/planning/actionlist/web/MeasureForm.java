package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.actionlist.domain.MeasureCommand;
import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The measure form; the cost carrier is {@code G<id>} for a group or {@code A<id>} for an actor. */
record MeasureForm(
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
        String fundingSource,
        Integer budgetYear,
        Integer planYearFrom,
        Integer planYearTo,
        String costCarrier,
        List<String> costYear,
        List<String> costPlanned,
        List<String> costRealised,
        String sourceActionItemId,
        Long version) {

    static MeasureForm of(MeasureView m) {
        List<String> years = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        List<String> realised = new ArrayList<>();
        for (Cost c : m.costs()) {
            years.add(String.valueOf(c.year()));
            planned.add(amount(c.planned()));
            realised.add(amount(c.realised()));
        }
        return new MeasureForm(
                m.programmeId(),
                m.code(),
                m.title(),
                m.titleSv(),
                m.description(),
                m.descriptionSv(),
                m.responsibleActorId(),
                m.partnerActorIds(),
                m.areaCodes(),
                m.targetGroups(),
                m.themes(),
                m.emphasis(),
                m.goalIds(),
                m.startDate(),
                m.endDate(),
                m.status(),
                m.fundingSource(),
                m.budgetYear(),
                m.planYearFrom(),
                m.planYearTo(),
                m.costCarrierGroupId() != null
                        ? "G" + m.costCarrierGroupId()
                        : m.costCarrierActorId() != null ? "A" + m.costCarrierActorId() : null,
                years,
                planned,
                realised,
                m.sourceActionItemId(),
                m.version());
    }

    private static String amount(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The costs as typed; a value that is no number is a problem of the form. */
    List<Cost> costs(List<Problem> problems) {
        List<Cost> costs = new ArrayList<>();
        if (costYear == null) {
            return costs;
        }
        for (int i = 0; i < costYear.size(); i++) {
            String y = costYear.get(i) == null ? "" : costYear.get(i).trim();
            BigDecimal p = parse(costPlanned, i, problems);
            BigDecimal r = parse(costRealised, i, problems);
            if (y.isEmpty()) {
                if (p != null || r != null) {
                    problems.add(Problem.field("costs", "error.measure.costYearMissing"));
                }
                continue;
            }
            if (!y.matches("[0-9]{4}")) {
                problems.add(Problem.field("costs", "error.measure.year"));
                continue;
            }
            if (p != null || r != null) {
                costs.add(new Cost(Integer.valueOf(y), p, r));
            }
        }
        return costs;
    }

    private static BigDecimal parse(List<String> values, int i, List<Problem> problems) {
        if (values == null
                || i >= values.size()
                || values.get(i) == null
                || values.get(i).isBlank()) {
            return null;
        }
        return parseAmount(values.get(i), problems, "costs");
    }

    /** An amount as people type it: spaces, a euro sign and a decimal comma allowed; a problem of the field else. */
    static BigDecimal parseAmount(String typed, List<Problem> problems, String field) {
        String v =
                typed.replace('\u00a0', ' ').replace(" ", "").replace("€", "").replace(',', '.');
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.measure.costFormat", typed));
            return null;
        }
    }

    /** The command the form makes, with the costs as {@link #costs} read them. */
    MeasureCommand toCommand(List<Cost> costs) {
        String carrierGroup = costCarrier != null && costCarrier.startsWith("G") ? costCarrier.substring(1) : null;
        String carrierActor = costCarrier != null && costCarrier.startsWith("A") ? costCarrier.substring(1) : null;
        return new MeasureCommand(
                programmeId,
                code,
                title,
                titleSv,
                description,
                descriptionSv,
                responsibleActorId,
                partnerActorIds == null ? List.of() : partnerActorIds,
                areaCodes == null ? List.of() : areaCodes,
                targetGroups == null ? List.of() : targetGroups,
                themes == null ? List.of() : themes,
                emphasis,
                goalIds == null ? List.of() : goalIds,
                startDate,
                endDate,
                status,
                null,
                fundingSource,
                budgetYear,
                planYearFrom,
                planYearTo,
                carrierGroup,
                carrierActor,
                costs,
                sourceActionItemId,
                version);
    }
}
