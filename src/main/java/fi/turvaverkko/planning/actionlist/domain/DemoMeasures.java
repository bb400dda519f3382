package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView.Cost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes measures and their progress as they happened, without rights checks or audit entries: for
 * the demo data only (and never reachable from a request).
 */
@Component
public class DemoMeasures {

    private final MeasureRepository measures;
    private final ProgressRepository progress;
    private final MeasureChecks checks;
    private final JdbcClient jdbc;

    DemoMeasures(MeasureRepository measures, ProgressRepository progress, MeasureChecks checks, JdbcClient jdbc) {
        this.measures = measures;
        this.progress = progress;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    /** What a demo measure holds; it starts planned, its progress is reported after. */
    public record Planned(
            long programmeId,
            String code,
            String title,
            long responsibleActorId,
            List<Long> partnerActorIds,
            List<Long> areaIds,
            List<String> targetGroups,
            List<String> themes,
            String emphasis,
            List<Long> goalIds,
            LocalDate startDate,
            LocalDate endDate,
            String fundingSource,
            Long costCarrierGroupId,
            Long costCarrierActorId,
            List<Cost> costs) {}

    public long count() {
        return jdbc.sql("SELECT count(*) FROM planning.measure")
                .query(Long.class)
                .single();
    }

    public long insert(Planned p) {
        MeasureRow row = new MeasureRow(
                p.programmeId(),
                p.code(),
                p.title(),
                null,
                null,
                null,
                p.responsibleActorId(),
                p.partnerActorIds(),
                p.areaIds(),
                p.targetGroups(),
                p.themes(),
                p.emphasis(),
                p.goalIds(),
                p.startDate(),
                p.endDate(),
                "PLANNED",
                null,
                p.fundingSource(),
                p.startDate().getYear(),
                p.startDate().getYear(),
                Math.max(p.endDate().getYear(), p.startDate().getYear()),
                p.costCarrierGroupId(),
                p.costCarrierActorId(),
                null,
                p.costs(),
                null,
                null);
        return measures.insert(row, MeasureRepository.Scope.of(row, checks.lookups()));
    }

    /** A progress report of the day, by the demo user; its realised cost goes to that year's. */
    public void progress(
            long measureId, LocalDate on, String status, Integer percent, String text, BigDecimal cost, String by) {
        progress.insert(measureId, new ProgressView(null, null, on, status, percent, text, cost, null, null), by);
        if (cost != null && cost.signum() > 0) {
            measures.setCosts(measureId, measures.lockCosts(measureId).plusRealised(on.getYear(), cost));
        }
    }

    /** A programme's id by its Finnish name (the programmes' demo data has made it). */
    public Long programmeNamed(String name) {
        return jdbc.sql("SELECT id FROM planning.programme WHERE name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** A goal's id by its programme's Finnish name and its code. */
    public Long goal(String programmeName, String code) {
        return jdbc.sql("""
                        SELECT g.id FROM planning.goal g JOIN planning.programme p ON p.id = g.programme_id
                         WHERE p.name = ? AND g.code = ?""")
                .params(programmeName, code)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
