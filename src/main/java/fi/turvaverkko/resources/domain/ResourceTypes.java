package fi.turvaverkko.resources.domain;

import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typed catalogue of resources. Every logged-in user reads it; admins and coordinators add and
 * change types. Each type's code is also kept in the platform catalogue {@code resource-types}, so
 * that other modules (risk scenarios) can check a code without depending on this module.
 */
@Service
public class ResourceTypes {

    public static final String FUNCTIONS = "resource-functions";
    public static final String TYPES_CATALOGUE = "resource-types";

    private final ResourceTypeRepository repository;
    private final Catalogues catalogues;
    private final ResourceAccess access;
    private final ApplicationEventPublisher events;

    ResourceTypes(
            ResourceTypeRepository repository,
            Catalogues catalogues,
            ResourceAccess access,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.access = access;
        this.events = events;
    }

    /** Every type, by function, level and name: one query (the catalogue is small). */
    public List<ResourceTypeView> all() {
        return repository.all();
    }

    public List<ResourceTypeView> active() {
        return all().stream().filter(t -> Boolean.TRUE.equals(t.active())).toList();
    }

    public Optional<ResourceTypeView> findByCode(String code) {
        return code == null || code.isBlank() ? Optional.empty() : repository.findByCode(code.trim());
    }

    public Optional<ResourceTypeView> find(long id) {
        return repository.find(id);
    }

    public ResourceTypeView get(String idOrCode) {
        if (idOrCode != null && idOrCode.matches("[A-Z][A-Z0-9_]*")) {
            return findByCode(idOrCode).orElseThrow(NotFoundException::new);
        }
        return find(Ids.parse(idOrCode)).orElseThrow(NotFoundException::new);
    }

    public boolean canEdit() {
        return access.canEditTypes();
    }

    /** Built-in types and demo types; no rights apply. Returns true when it was added. */
    @Transactional
    public boolean ensure(ResourceTypeView t) {
        boolean added = repository.insertIfMissing(t, true);
        mirror(t);
        return added;
    }

    @Transactional
    public ResourceTypeView create(ResourceTypeCommand t) {
        if (!canEdit()) {
            throw new ForbiddenException();
        }
        ResourceTypeView clean = validate(t, true);
        if (!repository.insertIfMissing(clean, false)) {
            throw new DuplicateCode(clean.code());
        }
        mirror(clean);
        ResourceTypeView created = repository.findByCode(clean.code()).orElseThrow();
        events.publishEvent(ItemChanged.created("RESOURCE_TYPE", created.id(), created));
        return created;
    }

    @Transactional
    public ResourceTypeView update(String id, Long version, ResourceTypeCommand t) {
        ResourceTypeView before = get(id);
        if (!canEdit()) {
            throw new ForbiddenException();
        }
        ResourceTypeView clean = validate(
                new ResourceTypeCommand(
                        before.code(),
                        t.name(),
                        t.nameSv(),
                        t.nameEn(),
                        t.kind(),
                        t.function(),
                        t.capability(),
                        t.capabilitySv(),
                        t.capabilityEn(),
                        t.typeLevel(),
                        t.unit(),
                        t.active()),
                false);
        if (version == null || !repository.update(Long.parseLong(before.id()), version, clean)) {
            throw new StaleVersionException(before);
        }
        ResourceTypeView after = repository.find(Long.parseLong(before.id())).orElseThrow();
        events.publishEvent(ItemChanged.updated("RESOURCE_TYPE", before.id(), before, after));
        return after;
    }

    /** A code that exists already: 409 naming the field. */
    static class DuplicateCode extends fi.turvaverkko.shared.DomainException {
        DuplicateCode(String code) {
            super(
                    409,
                    "error.resourceType.duplicate",
                    List.of(Problem.field("code", "error.resourceType.duplicate", code)),
                    code);
        }
    }

    private ResourceTypeView validate(ResourceTypeCommand t, boolean checkCode) {
        List<Problem> problems = new ArrayList<>();
        if (checkCode && (t.code() == null || !t.code().trim().matches("[A-Z][A-Z0-9_]{0,59}"))) {
            problems.add(Problem.field("code", "pattern.code"));
        }
        Validation.text(problems, "name", t.name(), true, 200);
        Validation.text(problems, "nameSv", t.nameSv(), false, 200);
        Validation.text(problems, "nameEn", t.nameEn(), false, 200);
        Validation.text(problems, "capability", t.capability(), false, 500);
        Validation.text(problems, "capabilitySv", t.capabilitySv(), false, 500);
        Validation.text(problems, "capabilityEn", t.capabilityEn(), false, 500);
        Validation.oneOf(problems, "kind", t.kind(), ResourceTypeView.KINDS);
        Validation.oneOf(problems, "unit", t.unit(), ResourceTypeView.UNITS);
        if (t.function() == null || t.function().isBlank()) {
            problems.add(Problem.field("function", "validation.required"));
        } else if (!catalogues.isActive(FUNCTIONS, t.function())) {
            problems.add(Problem.field("function", "error.catalogue.unknownCode", t.function()));
        }
        if (t.typeLevel() == null) {
            problems.add(Problem.field("typeLevel", "validation.required"));
        } else if (t.typeLevel() < 1 || t.typeLevel() > 4) {
            problems.add(Problem.field("typeLevel", "error.resourceType.level"));
        }
        InvalidInputException.throwIfAny(problems);
        return new ResourceTypeView(
                null,
                t.code() == null ? null : t.code().trim(),
                t.name().trim(),
                Validation.blank(t.nameSv()),
                Validation.blank(t.nameEn()),
                t.kind(),
                t.function(),
                Validation.blank(t.capability()),
                Validation.blank(t.capabilitySv()),
                Validation.blank(t.capabilityEn()),
                t.typeLevel(),
                t.unit(),
                t.active() == null || t.active(),
                null,
                null);
    }

    private void mirror(ResourceTypeView t) {
        catalogues.ensure(TYPES_CATALOGUE, List.of(CatalogueEntry.builtIn(t.code(), t.name(), t.nameSv(), t.nameEn())));
    }

    /** Conflict helper for callers that refuse a type. */
    static ConflictException inactive() {
        return new ConflictException("error.resourceType.inactive");
    }
}
