package fi.turvaverkko.resources.domain;

import fi.turvaverkko.platform.ImportRejectedException;
import fi.turvaverkko.platform.RowValues;
import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFiles;
import fi.turvaverkko.platform.TabularFormat;
import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.ResourceService;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.resources.domain.ResourceAccess.Privileges;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry as a file: CSV or XLSX export, the import's empty template, and the import itself. */
@Service
public class ResourceFiles {

    /** Columns of the export and of the import (the import also takes {@code id} to update a row). */
    public static final List<String> COLUMNS = List.of(
            "id",
            "typeCode",
            "name",
            "description",
            "ownerActorId",
            "quantity",
            "areaCode",
            "lat",
            "lon",
            "availability",
            "activationMinutes",
            "contact247",
            "agreementStatus",
            "confidentiality",
            "lastVerified");

    static final List<String> REQUIRED = List.of("typeCode", "name", "quantity", "areaCode");

    private final ResourceRepository repository;
    private final ResourceRegistry registry;
    private final ResourceRules rules;
    private final ResourceAccess access;
    private final TabularFiles tables;
    private final ApplicationEventPublisher events;
    private final ResourceReads reads;

    ResourceFiles(
            ResourceRepository repository,
            ResourceRegistry registry,
            ResourceRules rules,
            ResourceAccess access,
            TabularFiles tables,
            ApplicationEventPublisher events,
            ResourceReads reads) {
        this.repository = repository;
        this.registry = registry;
        this.rules = rules;
        this.access = access;
        this.tables = tables;
        this.events = events;
        this.reads = reads;
    }

    public void export(ResourceService.Filter f, TabularFormat format, OutputStream out) {
        ResourceRegistry.requireLogin();
        Privileges p = access.privileges();
        try (TableWriter w = tables.writer(format, out, "resources")) {
            w.header(COLUMNS);
            repository.forEach(registry.repositoryFilter(f, p), p, registry.dueBefore(), v -> {
                row(w, reads.read(v));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(TableWriter w, ResourceView v) {
        try {
            w.row(Arrays.asList(
                    v.id(),
                    v.typeCode(),
                    v.name(),
                    v.description(),
                    v.ownerActorId(),
                    v.quantity(),
                    v.areaCode(),
                    v.lat(),
                    v.lon(),
                    v.availability(),
                    v.activationMinutes(),
                    v.contact247(),
                    v.agreementStatus(),
                    v.confidentiality(),
                    v.lastVerified()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty file with the import's columns, for people to fill in. */
    public void template(TabularFormat format, OutputStream out) {
        try (TableWriter w = tables.writer(format, out, "resources")) {
            w.header(COLUMNS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses (403) a caller who may add no resources at all, before the file is read: the API asks
     * this first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight() {
        ResourceRegistry.requireLogin();
        if (!registry.canCreate()) {
            throw new ForbiddenException();
        }
    }

    /**
     * Imports a CSV or XLSX file: rows without an id create resources, rows with one update them. All
     * or nothing: any bad row refuses the whole file naming every problem by row and column.
     */
    @Transactional
    public int importFile(byte[] content) {
        requireImportRight();
        TabularData data = tables.read(
                content,
                REQUIRED,
                COLUMNS.stream().filter(c -> !REQUIRED.contains(c)).toList());
        List<Problem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        Privileges p = access.privileges();
        for (TabularData.Row row : data.rows()) {
            Runnable write = importRow(new RowValues(row, problems), problems, p);
            if (write != null) {
                writes.add(write);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (data.rows().isEmpty()) {
            throw new InvalidInputException("file", "error.resource.import.empty");
        }
        writes.forEach(Runnable::run);
        events.publishEvent(ItemChanged.action(ResourceReads.ITEM, "batch", "IMPORT", Map.of("rows", writes.size())));
        return writes.size();
    }

    /** One row of an import: the write it asks for, or null when it has problems (added to the list). */
    private Runnable importRow(RowValues r, List<Problem> problems, Privileges p) {
        int before = problems.size();
        String id = r.text("id", false, 20);
        ResourceDraft d = draft(r);
        // cells that could not be read are reported once; the other checks still run on the row
        Set<String> reported = new HashSet<>();
        problems.subList(before, problems.size()).forEach(x -> reported.add(x.column()));
        ResourceView existing = null;
        if (id != null) {
            existing = findForImport(id, p);
            if (existing == null || !registry.canEdit(existing)) {
                r.problem("id", "error.resource.import.notEditable", id);
                return null;
            }
        }
        try {
            ResourceRepository.Row resolved = rules.resolve(d, existing);
            if (!access.canEdit(resolved.ownerActorId(), resolved.areaId())) {
                r.problem("ownerActorId", "error.resource.import.notOwner");
                return null;
            }
            if (existing != null && resolved.quantity() < existing.committed()) {
                r.problem("quantity", "error.resource.belowCommitted", existing.committed());
                return null;
            }
            if (problems.size() > before) {
                return null;
            }
            if (existing == null) {
                return () -> repository.insert(resolved, null);
            }
            long existingId = Long.parseLong(existing.id());
            return () -> repository.update(existingId, versionOf(existingId, p), resolved);
        } catch (DomainException e) {
            for (Problem x :
                    e.problems().isEmpty() ? List.of(Problem.global(e.messageKey(), e.args())) : e.problems()) {
                String column = x.field() == null ? "id" : x.field();
                if (!reported.contains(column)) {
                    r.problem(column, x.messageKey(), x.args());
                }
            }
            return null;
        }
    }

    private static ResourceDraft draft(RowValues r) {
        return new ResourceDraft(
                r.text("typeCode", true, 60),
                r.text("name", true, 200),
                r.text("description", false, 4000),
                r.text("ownerActorId", false, 20),
                r.integer("quantity", true),
                r.text("areaCode", true, 12),
                decimal(r, "lat"),
                decimal(r, "lon"),
                r.text("availability", false, 20),
                r.integer("activationMinutes", false),
                r.text("contact247", false, 300),
                r.text("agreementStatus", false, 20),
                r.text("confidentiality", false, 20),
                r.date("lastVerified", false));
    }

    private long versionOf(long id, Privileges p) {
        return repository
                .find(id, p, registry.dueBefore(), false)
                .map(ResourceView::version)
                .orElse(-1L);
    }

    private ResourceView findForImport(String id, Privileges p) {
        try {
            return repository.find(Ids.parse(id), p, registry.dueBefore(), true).orElse(null);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static Double decimal(RowValues r, String column) {
        var d = r.decimal(column, false);
        return d == null ? null : d.doubleValue();
    }
}
