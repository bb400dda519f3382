package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.MeasuresImported;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.ImportRejectedException;
import fi.turvaverkko.platform.RowValues;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an action list from CSV or XLSX (the columns of {@link MeasureExport}): every row is checked
 * first, as the API checks a measure ({@link MeasureChecks}), and when any row is wrong nothing is
 * written and every problem is reported with its row and column; else all rows are written with
 * {@code COPY} in one transaction, one audit entry and one event for the whole file.
 */
@Service
public class MeasureImport {

    private static final Logger log = LoggerFactory.getLogger(MeasureImport.class);

    static final List<String> REQUIRED = List.of("title", "responsibleActorId", "areaCodes", "emphasis");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final MeasureEditing editing;
    private final MeasureChecks checks;
    private final MeasureRepository repository;
    private final MeasureCopy copy;
    private final TabularFiles files;
    private final ApplicationEventPublisher events;

    MeasureImport(
            MeasureEditing editing,
            MeasureChecks checks,
            MeasureRepository repository,
            MeasureCopy copy,
            TabularFiles files,
            ApplicationEventPublisher events) {
        this.editing = editing;
        this.checks = checks;
        this.repository = repository;
        this.copy = copy;
        this.files = files;
        this.events = events;
    }

    /** What an import wrote. */
    @Schema(name = "MeasureImportResult")
    public record ImportResult(String programmeId, int rows) {}

    /**
     * Refuses a programme the caller may not import into (400, 403 or 409) before the file is read: the
     * API asks this first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight(String programmeId) {
        editing.targetProgramme(programmeId);
    }

    /** Reads the file into the programme: all rows or none. */
    @Transactional
    public ImportResult importInto(String programmeId, byte[] content) {
        ProgrammeView p = editing.targetProgramme(programmeId);
        long t0 = System.nanoTime();
        TabularData data = files.read(content, REQUIRED, optionalColumns());
        long t1 = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        if (data.rows().isEmpty()) {
            problems.add(Problem.cell(2, "title", "error.import.noRows"));
            throw new ImportRejectedException(problems);
        }
        Lookups lookups = checks.lookups();
        List<MeasureCommand> parsed = parse(data, problems, lookups);
        List<MeasureRow> rows = check(data, parsed, p, problems, lookups);
        if (!problems.isEmpty()) {
            List<Problem> byRow = new ArrayList<>(problems);
            byRow.sort(Comparator.comparing(x -> x.row() == null ? 0 : x.row()));
            throw new ImportRejectedException(byRow);
        }
        long t2 = System.nanoTime();
        copy.copyIn(copy.reserveIds(rows.size()), rows, lookups);
        log.info(
                "Imported {} measures into programme {}: read {} ms, checked {} ms, written {} ms",
                rows.size(),
                p.id(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        events.publishEvent(
                ItemChanged.action("MEASURE", "batch", "IMPORT", Map.of("rows", rows.size(), "programmeId", p.id())));
        events.publishEvent(new MeasuresImported(p.id(), rows.size()));
        return new ImportResult(p.id(), rows.size());
    }

    private static List<String> optionalColumns() {
        List<String> optional = new ArrayList<>(MeasureExport.COLUMNS);
        optional.removeAll(REQUIRED);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            optional.add(MeasureExport.PLANNED + y);
            optional.add(MeasureExport.REALISED + y);
        }
        return optional;
    }

    /** Every row as a command; the actors and goals they name are then asked in one batch each. */
    private static List<MeasureCommand> parse(TabularData data, List<Problem> problems, Lookups lookups) {
        List<Integer> costYears = costYears(data.columns());
        List<MeasureCommand> parsed = new ArrayList<>(data.rows().size());
        Set<Long> actorIds = new HashSet<>();
        Set<Long> goalIds = new HashSet<>();
        for (TabularData.Row row : data.rows()) {
            MeasureCommand m = parse(new RowValues(row, problems), costYears);
            parsed.add(m);
            ids(m.responsibleActorId(), actorIds);
            ids(m.costCarrierActorId(), actorIds);
            m.partnerActorIds().forEach(a -> ids(a, actorIds));
            m.goalIds().forEach(g -> ids(g, goalIds));
        }
        lookups.preloadActors(actorIds);
        lookups.preloadGoals(goalIds);
        return parsed;
    }

    /** The checked rows; codes must be new to the programme and appear once in the file. */
    private List<MeasureRow> check(
            TabularData data, List<MeasureCommand> parsed, ProgrammeView p, List<Problem> problems, Lookups lookups) {
        List<MeasureRow> rows = new ArrayList<>(parsed.size());
        Set<String> codes = new HashSet<>();
        Set<String> existing = repository.codes(Long.parseLong(p.id()));
        for (int i = 0; i < parsed.size(); i++) {
            int rowNumber = data.rows().get(i).number();
            MeasureCommand m = parsed.get(i);
            MeasureRow r = checks.check(m, p, ProblemSink.cells(rowNumber, problems), lookups, null);
            String code = MeasureChecks.blank(m.code());
            if (code != null && !codes.add(code)) {
                problems.add(Problem.cell(rowNumber, "code", "error.import.codeTwice", m.code()));
            } else if (code != null && existing.contains(code)) {
                problems.add(Problem.cell(rowNumber, "code", "error.measure.duplicateCode", m.code()));
            }
            if (r != null) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static List<Integer> costYears(List<String> columns) {
        List<Integer> years = new ArrayList<>();
        for (String c : columns) {
            String year = c.startsWith(MeasureExport.PLANNED)
                    ? c.substring(MeasureExport.PLANNED.length())
                    : c.startsWith(MeasureExport.REALISED) ? c.substring(MeasureExport.REALISED.length()) : null;
            if (year != null && !years.contains(Integer.valueOf(year))) {
                years.add(Integer.valueOf(year));
            }
        }
        return years;
    }

    private static void ids(String value, Set<Long> into) {
        if (value != null && FilterChecks.digits(value.trim())) {
            into.add(Long.valueOf(value.trim()));
        }
    }

    /** A row as a command; its cells are read in the order the problems of a row are reported. */
    private static MeasureCommand parse(RowValues v, List<Integer> costYears) {
        List<Cost> costs = costs(v, costYears);
        String status = v.code("status", false, MeasureStatus.CODES);
        String emphasis = v.text("emphasis", false, 60);
        Integer percent = v.integer("progressPercent", false);
        return new MeasureCommand(
                null,
                v.text("code", false, 100),
                v.text("title", false, 2000),
                v.text("titleSv", false, 2000),
                v.text("description", false, 20000),
                v.text("descriptionSv", false, 20000),
                v.text("responsibleActorId", false, 100),
                list(v, "partnerActorIds"),
                list(v, "areaCodes"),
                list(v, "targetGroups"),
                list(v, "themes"),
                emphasis,
                list(v, "goalIds"),
                v.date("startDate", false),
                v.date("endDate", false),
                status,
                percent,
                v.text("fundingSource", false, 100),
                v.integer("budgetYear", false),
                v.integer("planYearFrom", false),
                v.integer("planYearTo", false),
                v.text("costCarrierGroupId", false, 100),
                v.text("costCarrierActorId", false, 100),
                costs,
                null,
                null);
    }

    /** The cost cells of a row: a bad amount is the cell's problem, and the measure's checks see none. */
    private static List<Cost> costs(RowValues v, List<Integer> costYears) {
        List<Cost> costs = new ArrayList<>();
        for (int y : costYears) {
            BigDecimal planned = amount(v, MeasureExport.PLANNED + y);
            BigDecimal realised = amount(v, MeasureExport.REALISED + y);
            if (planned != null || realised != null) {
                costs.add(new Cost(y, planned, realised));
            }
        }
        return costs;
    }

    private static BigDecimal amount(RowValues v, String column) {
        BigDecimal amount = v.decimal(column, false);
        if (amount != null && amount.signum() < 0) {
            v.problem(column, "error.measure.costNegative");
            return null;
        }
        if (amount != null && amount.compareTo(MeasureCosts.MAX) > 0) {
            v.problem(column, "error.measure.costTooLarge");
            return null;
        }
        return amount;
    }

    /** Several values in one cell, separated by {@code |} or {@code ,}; each is checked where it is used. */
    static List<String> list(RowValues v, String column) {
        String text = v.text(column, false, 4000);
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '|' || text.charAt(i) == ',') {
                String part = text.substring(start, i).trim();
                if (!part.isEmpty()) {
                    out.add(part);
                }
                start = i + 1;
            }
        }
        return out;
    }
}
