package fi.turvaverkko.planning;

import fi.turvaverkko.planning.MeasureService.Filter;
import fi.turvaverkko.planning.MeasureService.Lookups;
import fi.turvaverkko.planning.MeasureService.ProblemSink;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.planning.domain.Emphasis;
import fi.turvaverkko.planning.domain.MeasureRow;
import fi.turvaverkko.planning.domain.MeasureStatus;
import fi.turvaverkko.platform.ImportRejectedException;
import fi.turvaverkko.platform.RowValues;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action list as a table (docs/contract.md): export as CSV or XLSX with the API's field names, a template,
 * and an import that writes every row or none, naming the row, the column and the problem of every
 * error. Lists go in one cell separated by {@code |}; costs are a column per year and kind
 * ({@code plannedCost2026}, {@code realisedCost2026}). Export, import and export again give the same rows.
 */
@Service
public class MeasureTransfer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MeasureTransfer.class);

    public static final List<String> COLUMNS = List.of(
            "code",
            "title",
            "titleSv",
            "description",
            "descriptionSv",
            "responsibleActorId",
            "partnerActorIds",
            "areaCodes",
            "targetGroups",
            "themes",
            "emphasis",
            "goalIds",
            "startDate",
            "endDate",
            "status",
            "progressPercent",
            "fundingSource",
            "budgetYear",
            "planYearFrom",
            "planYearTo",
            "costCarrierGroupId",
            "costCarrierActorId");

    static final List<String> REQUIRED = List.of("title", "responsibleActorId", "areaCodes", "emphasis");
    static final String PLANNED = "plannedCost";
    static final String REALISED = "realisedCost";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final MeasureService measures;
    private final TabularFiles files;
    private final ApplicationEventPublisher events;

    MeasureTransfer(MeasureService measures, TabularFiles files, ApplicationEventPublisher events) {
        this.measures = measures;
        this.files = files;
        this.events = events;
    }

    // export

    /** Writes the measures the caller may read that the filter lets through. */
    @Transactional(readOnly = true)
    public void export(Filter filter, TabularFormat format, OutputStream out) {
        // the cost columns depend on the years present
        Set<Integer> years = new TreeSet<>(measures.costYears(filter));
        write(format, out, years, false, sink -> measures.stream(filter, null, sink));
    }

    /**
     * The columns of the action list for people to read rather than to import again: headings and
     * values in the reader's language. The web layer, which knows the labels, supplies them.
     */
    public interface ReadingColumns {

        List<String> header(Set<Integer> costYears);

        List<Object> row(MeasureView m, Set<Integer> costYears);
    }

    /** Writes the measures the caller may read as an XLSX sheet for reading (see {@link ReadingColumns}). */
    @Transactional(readOnly = true)
    public void exportForReading(Filter filter, OutputStream out, String sheet, ReadingColumns columns) {
        Set<Integer> years = new TreeSet<>(measures.costYears(filter));
        try (TableWriter w = files.writer(TabularFormat.XLSX, out, sheet)) {
            w.header(columns.header(years));
            measures.stream(filter, null, m -> {
                try {
                    w.row(columns.row(m, years));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as {@link #export}, for anonymous readers: approved public programmes only. */
    @Transactional(readOnly = true)
    public void exportPublic(Filter filter, Collection<Long> programmeIds, TabularFormat format, OutputStream out) {
        Set<Integer> years = new TreeSet<>(measures.costYearsPublic(filter, programmeIds));
        // goals may belong to restricted plans: the open file leaves them out
        write(format, out, years, true, sink -> measures.streamPublic(filter, programmeIds, sink));
    }

    /** The columns and one example row, for people who fill the action list in a spreadsheet. */
    public void template(TabularFormat format, OutputStream out, String exampleActorId) {
        int year = java.time.LocalDate.now(ProgrammeService.HELSINKI).getYear();
        MeasureView example = new MeasureView(
                null,
                null,
                "1.1",
                "Turvallisuuskävely kylässä",
                "Trygghetsvandring i byn",
                "Kyläyhdistys, poliisi ja pelastuslaitos kiertävät kylän ja kirjaavat havaitut riskit.",
                null,
                exampleActorId,
                List.of(),
                List.of("698"),
                List.of("VILLAGES", "OLDER_PEOPLE"),
                List.of("VILLAGE_SAFETY"),
                "PREVENTION",
                List.of(),
                java.time.LocalDate.of(year, 5, 1),
                java.time.LocalDate.of(year, 9, 30),
                "PLANNED",
                false,
                null,
                null,
                "MUNICIPAL_BUDGET",
                year,
                year,
                year + 2,
                null,
                null,
                List.of(new Cost(year, new BigDecimal("1500"), null)),
                null,
                null,
                null,
                null);
        write(format, out, new TreeSet<>(Set.of(year)), false, sink -> sink.accept(example));
    }

    private interface Source {
        void forEach(java.util.function.Consumer<MeasureView> sink);
    }

    private void write(TabularFormat format, OutputStream out, Set<Integer> years, boolean open, Source source) {
        try (TableWriter w = files.writer(format, out, "measures")) {
            List<String> header = new ArrayList<>(COLUMNS);
            for (int y : years) {
                header.add(PLANNED + y);
                header.add(REALISED + y);
            }
            w.header(header);
            source.forEach(m -> {
                try {
                    w.row(row(m, years, open));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(MeasureView m, Set<Integer> years, boolean open) {
        List<Object> r = new ArrayList<>(COLUMNS.size() + years.size() * 2);
        r.add(m.code());
        r.add(m.title());
        r.add(m.titleSv());
        r.add(m.description());
        r.add(m.descriptionSv());
        r.add(m.responsibleActorId());
        r.add(join(m.partnerActorIds()));
        r.add(join(m.areaCodes()));
        r.add(join(m.targetGroups()));
        r.add(join(m.themes()));
        r.add(m.emphasis());
        r.add(open ? null : join(m.goalIds()));
        r.add(m.startDate());
        r.add(m.endDate());
        r.add(m.status());
        r.add(m.progressPercent());
        r.add(m.fundingSource());
        r.add(m.budgetYear());
        r.add(m.planYearFrom());
        r.add(m.planYearTo());
        r.add(m.costCarrierGroupId());
        r.add(m.costCarrierActorId());
        Map<Integer, Cost> byYear = new java.util.HashMap<>();
        m.costs().forEach(c -> byYear.put(c.year(), c));
        for (int y : years) {
            Cost c = byYear.get(y);
            r.add(c == null ? null : c.planned());
            r.add(c == null ? null : c.realised());
        }
        return r;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("|", values);
    }

    // import

    /** What an import wrote. */
    public record ImportResult(String programmeId, int rows) {}

    /**
     * Refuses a programme the caller may not import into (404 or 403) before the file is read: the
     * API asks this first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight(String programmeId) {
        measures.targetProgrammeForImport(programmeId);
    }

    /**
     * Reads a CSV or XLSX file into the programme: every row is checked first, and when any row is
     * wrong nothing is written and every problem is reported with its row and column.
     */
    @Transactional
    public ImportResult importInto(String programmeId, byte[] content) {
        ProgrammeView p = measures.targetProgrammeForImport(programmeId);
        List<String> optional = new ArrayList<>(COLUMNS);
        optional.removeAll(REQUIRED);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            optional.add(PLANNED + y);
            optional.add(REALISED + y);
        }
        long t0 = System.nanoTime();
        TabularData data = files.read(content, REQUIRED, optional);
        long t1 = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        if (data.rows().isEmpty()) {
            problems.add(Problem.cell(2, "title", "error.import.noRows"));
            throw new ImportRejectedException(problems);
        }
        Lookups lookups = measures.lookups();
        List<MeasureView> parsed = new ArrayList<>(data.rows().size());
        Set<Long> actorIds = new HashSet<>();
        Set<Long> goalIds = new HashSet<>();
        List<Integer> costYears = new ArrayList<>();
        for (String c : data.columns()) {
            if (c.startsWith(PLANNED)) {
                costYears.add(Integer.valueOf(c.substring(PLANNED.length())));
            } else if (c.startsWith(REALISED)) {
                int y = Integer.parseInt(c.substring(REALISED.length()));
                if (!costYears.contains(y)) {
                    costYears.add(y);
                }
            }
        }
        for (TabularData.Row row : data.rows()) {
            RowValues v = new RowValues(row, problems);
            MeasureView m = parse(v, costYears);
            parsed.add(m);
            ids(m.responsibleActorId(), actorIds);
            ids(m.costCarrierActorId(), actorIds);
            m.partnerActorIds().forEach(a -> ids(a, actorIds));
            m.goalIds().forEach(g -> ids(g, goalIds));
        }
        lookups.preloadActors(actorIds);
        lookups.preloadGoals(goalIds);
        List<MeasureRow> rows = new ArrayList<>(parsed.size());
        Set<String> codes = new HashSet<>();
        Set<String> existingCodes = measures.repository().codes(Long.parseLong(p.id()));
        for (int i = 0; i < parsed.size(); i++) {
            int rowNumber = data.rows().get(i).number();
            MeasureView m = parsed.get(i);
            ProblemSink sink = cellProblems(rowNumber, problems);
            MeasureRow r = measures.resolve(m, p, sink, lookups, null);
            if (m.code() != null && !m.code().isBlank()) {
                if (!codes.add(m.code().trim())) {
                    problems.add(Problem.cell(rowNumber, "code", "error.import.codeTwice", m.code()));
                } else if (existingCodes.contains(m.code().trim())) {
                    problems.add(Problem.cell(rowNumber, "code", "error.measure.duplicateCode", m.code()));
                }
            }
            if (r != null) {
                rows.add(r);
            }
        }
        if (!problems.isEmpty()) {
            List<Problem> byRow = new ArrayList<>(problems);
            byRow.sort(java.util.Comparator.comparing(x -> x.row() == null ? 0 : x.row()));
            throw new ImportRejectedException(byRow);
        }
        long t2 = System.nanoTime();
        List<Long> ids = measures.repository().reserveIds(rows.size());
        measures.repository().copyIn(ids, rows);
        log.info(
                "Imported {} measures into programme {}: read {} ms, checked {} ms, written {} ms",
                rows.size(),
                p.id(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        events.publishEvent(
                ItemChanged.action("MEASURE", "batch", "IMPORT", Map.of("rows", rows.size(), "programmeId", p.id())));
        return new ImportResult(p.id(), rows.size());
    }

    private static void ids(String value, Set<Long> into) {
        if (value != null && MeasureService.digits(value.trim())) {
            into.add(Long.valueOf(value.trim()));
        }
    }

    private static ProblemSink cellProblems(int row, List<Problem> problems) {
        int before = problems.size();
        return new ProblemSink() {
            @Override
            public void add(String field, String messageKey, Object... args) {
                problems.add(Problem.cell(row, field, messageKey, args));
            }

            @Override
            public boolean any() {
                return problems.size() > before;
            }
        };
    }

    private static MeasureView parse(RowValues v, List<Integer> costYears) {
        List<Cost> costs = new ArrayList<>();
        for (int y : costYears) {
            BigDecimal planned = v.decimal(PLANNED + y, false);
            BigDecimal realised = v.decimal(REALISED + y, false);
            if (planned != null && planned.signum() < 0) {
                v.problem(PLANNED + y, "error.measure.costNegative");
                planned = null;
            }
            if (realised != null && realised.signum() < 0) {
                v.problem(REALISED + y, "error.measure.costNegative");
                realised = null;
            }
            if (planned != null && planned.compareTo(MeasureService.MAX_COST) > 0) {
                v.problem(PLANNED + y, "error.measure.costTooLarge");
                planned = null;
            }
            if (realised != null && realised.compareTo(MeasureService.MAX_COST) > 0) {
                v.problem(REALISED + y, "error.measure.costTooLarge");
                realised = null;
            }
            if (planned != null || realised != null) {
                costs.add(new Cost(y, planned, realised));
            }
        }
        String status = v.code("status", false, MeasureStatus.CODES);
        String emphasis = v.text("emphasis", false, 60);
        Integer percent = v.integer("progressPercent", false);
        return new MeasureView(
                null,
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
                null,
                percent,
                null,
                v.text("fundingSource", false, 100),
                v.integer("budgetYear", false),
                v.integer("planYearFrom", false),
                v.integer("planYearTo", false),
                v.text("costCarrierGroupId", false, 100),
                v.text("costCarrierActorId", false, 100),
                costs,
                null,
                null,
                null,
                null);
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

    static boolean isKnownEmphasis(String code) {
        return Emphasis.CODES.contains(code);
    }
}
