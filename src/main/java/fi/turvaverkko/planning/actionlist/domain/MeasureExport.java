package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action list as a table (docs/contract.md): export as CSV or XLSX with the API's field names
 * ({@link #COLUMNS}) and a template to fill in. Lists go in one cell separated by {@code |}; costs are a
 * column per year and kind ({@code plannedCost2026}, {@code realisedCost2026}). Export, import
 * ({@link MeasureImport}) and export again give the same rows. Rows stream from the database to the
 * file, so memory does not grow with the list.
 */
@Service
public class MeasureExport {

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

    static final String PLANNED = "plannedCost";
    static final String REALISED = "realisedCost";

    private final MeasureService measures;
    private final TabularFiles files;

    MeasureExport(MeasureService measures, TabularFiles files) {
        this.measures = measures;
        this.files = files;
    }

    /** Writes the measures the caller may read that the filter lets through. */
    @Transactional(readOnly = true)
    public void export(MeasureFilter filter, TabularFormat format, OutputStream out) {
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
    public void exportForReading(MeasureFilter filter, OutputStream out, String sheet, ReadingColumns columns) {
        Set<Integer> years = new TreeSet<>(measures.costYears(filter));
        try (TableWriter w = files.writer(TabularFormat.XLSX, out, sheet)) {
            w.header(columns.header(years));
            measures.stream(filter, null, m -> row(w, columns.row(m, years)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as {@link #export}, for anonymous readers: approved public programmes only. */
    @Transactional(readOnly = true)
    public void exportPublic(MeasureFilter filter, TabularFormat format, OutputStream out) {
        Set<Integer> years = new TreeSet<>(measures.costYearsPublic(filter));
        // goals may belong to restricted plans: the open file leaves them out
        write(format, out, years, true, sink -> measures.streamPublic(filter, sink));
    }

    /** The columns and one example row, for people who fill the action list in a spreadsheet. */
    public void template(TabularFormat format, OutputStream out, String exampleActorId) {
        int year = LocalDate.now(MeasureSql.HELSINKI).getYear();
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
                LocalDate.of(year, 5, 1),
                LocalDate.of(year, 9, 30),
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
        void forEach(Consumer<MeasureView> sink);
    }

    private void write(TabularFormat format, OutputStream out, Set<Integer> years, boolean open, Source source) {
        try (TableWriter w = files.writer(format, out, "measures")) {
            List<String> header = new ArrayList<>(COLUMNS);
            for (int y : years) {
                header.add(PLANNED + y);
                header.add(REALISED + y);
            }
            w.header(header);
            source.forEach(m -> row(w, row(m, years, open)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(TableWriter w, List<Object> values) {
        try {
            w.row(values);
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
        Map<Integer, Cost> byYear = new HashMap<>();
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
}
