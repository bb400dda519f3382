package fi.turvaverkko.indicators.domain;

import fi.turvaverkko.indicators.IndicatorView;
import fi.turvaverkko.indicators.domain.IndicatorValueRepository.Chunk;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.ImportRejectedException;
import fi.turvaverkko.platform.RowValues;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of indicator values from CSV or XLSX: every row read and checked first (naming at most
 * {@value #MAX_PROBLEMS} problems by row and column), the caller's right to every area it touches,
 * then one transaction that writes the rows in chunks. All or nothing.
 */
@Service
public class IndicatorImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorImport.class);

    static final int CHUNK = 50_000;
    static final int MAX_PROBLEMS = 200;

    private final IndicatorValueRepository repository;
    private final IndicatorRepository indicators;
    private final IndicatorRights rights;
    private final Areas areas;
    private final TabularFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    IndicatorImport(
            IndicatorValueRepository repository,
            IndicatorRepository indicators,
            IndicatorRights rights,
            Areas areas,
            TabularFiles files,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.indicators = indicators;
        this.rights = rights;
        this.areas = areas;
        this.files = files;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether the caller may import values somewhere (the coordinator of a region, an admin). */
    public boolean canEditSome() {
        return rights.canEditSomeValues();
    }

    /**
     * Refuses (403) a caller who may import values nowhere, before the file is read: the API asks this
     * first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight() {
        if (!rights.canEditSomeValues()) {
            throw new ForbiddenException();
        }
    }

    /**
     * Imports values with the columns {@code indicator_code, area_code, year, value}: all or nothing. A
     * value that exists for the same indicator, area and year is refused as a duplicate, unless
     * {@code replace} asks to replace it. One audit entry, however many rows. The rows are read and
     * checked before the transaction that writes them begins.
     */
    public IndicatorImportResult importValues(byte[] content, boolean replace) {
        requireImportRight();
        long started = System.nanoTime();
        TabularData data = files.read(content, IndicatorValues.COLUMNS, List.of());
        if (data.rows().isEmpty()) {
            throw new InvalidInputException("file", "error.indicatorImport.noRows");
        }
        int n = data.rows().size();
        Map<String, Long> areaIds = new HashMap<>();
        ImportBatch batch = new ImportBatch(n);
        List<Problem> problems = check(data, batch, areaIds);
        if (!problems.isEmpty()) {
            throw rejected(problems, n);
        }
        Set<Long> touchedAreas = new HashSet<>(areaIds.values());
        for (Long areaId : touchedAreas) {
            if (!rights.canEditValuesIn(areaId)) {
                throw new ForbiddenException();
            }
        }
        List<Chunk> chunks = batch.chunks(CHUNK);
        IndicatorImportResult expected =
                new IndicatorImportResult(n, 0, 0, batch.indicators().size(), touchedAreas.size());
        long checked = System.nanoTime();
        try {
            IndicatorImportResult result = write(chunks, replace, expected);
            log.info(
                    "Imported {} indicator values: read and checked in {} ms, written in {} ms",
                    n,
                    (checked - started) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
            return result;
        } catch (ValuesExist e) {
            for (Chunk c : chunks) {
                for (Integer row : repository.existingRows(c, MAX_PROBLEMS - problems.size())) {
                    problems.add(Problem.cell(row, "year", "error.indicatorImport.valueExists"));
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
            throw rejected(problems, n);
        }
    }

    /** Reads and checks every row, adding those that pass to the batch; answers the problems. */
    private List<Problem> check(TabularData data, ImportBatch batch, Map<String, Long> areaIds) {
        Map<String, IndicatorView> byCode = new HashMap<>();
        for (IndicatorView i : indicators.all()) {
            byCode.put(i.code(), i);
        }
        int current = IndicatorValidation.currentYear();
        List<Problem> problems = new ArrayList<>();
        for (TabularData.Row row : data.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            checkRow(new RowValues(row, problems), row.number(), byCode, areaIds, current, batch);
        }
        return problems;
    }

    private void checkRow(
            RowValues r,
            int rowNumber,
            Map<String, IndicatorView> byCode,
            Map<String, Long> areaIds,
            int currentYear,
            ImportBatch batch) {
        String code = r.text("indicator_code", true, 60);
        IndicatorView indicator = code == null ? null : byCode.get(code);
        if (code != null && indicator == null) {
            r.problem("indicator_code", "error.indicatorImport.unknownIndicator", code);
        }
        String areaCode = r.text("area_code", true, 12);
        Long areaId = null;
        if (areaCode != null) {
            areaId = areaIds.computeIfAbsent(
                    areaCode,
                    c -> areas.findByCode(c).map(a -> Long.valueOf(a.id())).orElse(-1L));
            if (areaId < 0) {
                r.problem("area_code", "error.import.unknownArea", areaCode);
                areaId = null;
            }
        }
        Integer year = r.integer("year", true);
        if (year != null && year < 1900) {
            r.problem("year", "error.indicatorValue.yearTooEarly");
            year = null;
        } else if (year != null && year > currentYear) {
            r.problem("year", "error.indicatorValue.futureYear", String.valueOf(year));
            year = null;
        }
        BigDecimal value = r.decimal("value", true);
        String valueProblem = value == null ? null : IndicatorValidation.valueProblem(indicator, value);
        if (valueProblem != null) {
            r.problem("value", valueProblem);
            value = null;
        }
        if (indicator == null || areaId == null || year == null) {
            return;
        }
        long indicatorId = Long.parseLong(indicator.id());
        Integer first = batch.firstRowOf(indicatorId, areaId, year, rowNumber);
        if (first != null) {
            r.problem("year", "error.indicatorImport.duplicateRow", first);
        }
        if (value != null) {
            batch.add(rowNumber, indicatorId, areaId, year, value.toPlainString());
        }
    }

    /** One pass: insert, and only when a chunk collides roll back (the caller then names the rows). */
    private IndicatorImportResult write(List<Chunk> chunks, boolean replace, IndicatorImportResult expected) {
        return transactions.execute(status -> {
            int created = 0;
            int replaced = 0;
            for (Chunk c : chunks) {
                int[] written = repository.write(c, replace);
                if (!replace && written[0] < c.size()) {
                    throw new ValuesExist();
                }
                created += written[0];
                replaced += written[1];
            }
            IndicatorImportResult result = new IndicatorImportResult(
                    expected.rows(), created, replaced, expected.indicators(), expected.areas());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rows", result.rows());
            details.put("created", created);
            details.put("replaced", replaced);
            details.put("indicators", result.indicators());
            details.put("areas", result.areas());
            events.publishEvent(ItemChanged.action("INDICATOR_VALUE", "batch", "IMPORT", details));
            return result;
        });
    }

    /** A chunk of an import met values already stored: the transaction is rolled back. */
    private static final class ValuesExist extends RuntimeException {
        ValuesExist() {
            super(null, null, false, false);
        }
    }

    private static ImportRejectedException rejected(List<Problem> problems, int rows) {
        if (problems.size() >= MAX_PROBLEMS) {
            List<Problem> capped = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            capped.add(Problem.global("error.indicatorImport.tooManyProblems", MAX_PROBLEMS));
            return new ImportRejectedException(capped);
        }
        return new ImportRejectedException(problems);
    }

    /** The import template: the header and two example rows. */
    public byte[] template(TabularFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = files.writer(format, out, "indicator_values")) {
            w.header(IndicatorValues.COLUMNS);
            int year = IndicatorValidation.currentYear() - 1;
            w.row(List.of("CRIMES_LIFE_HEALTH", "698", year, new BigDecimal("8.4")));
            w.row(List.of("CRIMES_LIFE_HEALTH", "19", year, new BigDecimal("8.9")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
