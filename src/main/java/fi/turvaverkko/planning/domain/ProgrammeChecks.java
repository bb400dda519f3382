package fi.turvaverkko.planning.domain;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a programme command (400 with every field's problem at once) and turns it into the row to
 * write: owner and area resolved, a restricted plan with its legal basis and the end of its secrecy
 * period (25 years from the decision unless another is given, Act 621/1999, § 31).
 */
@Component
class ProgrammeChecks {

    /** The secrecy period of a document unless another is set (Act 621/1999, § 31). */
    static final int SECRECY_YEARS = 25;

    private static final List<String> CONFIDENTIALITIES = List.of(ProgrammeView.PUBLIC, ProgrammeView.RESTRICTED);

    private final Catalogues catalogues;
    private final Actors actors;
    private final Groups groups;
    private final Areas areas;

    ProgrammeChecks(Catalogues catalogues, Actors actors, Groups groups, Areas areas) {
        this.catalogues = catalogues;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
    }

    /** A checked programme: the row to write and its area. */
    record Checked(ProgrammeView programme, long areaId) {}

    Checked check(ProgrammeCommand c) {
        List<Problem> problems = new ArrayList<>();
        if (Texts.blank(c.kind()) == null) {
            problems.add(Problem.field("kind", "validation.required"));
        } else if (!catalogues.isActive(PlanningCatalogues.PLAN_KINDS, c.kind())) {
            problems.add(Problem.field("kind", "error.catalogue.unknownCode", c.kind()));
        }
        Texts.check(problems, "name", c.name(), true, 300);
        Texts.check(problems, "nameSv", c.nameSv(), false, 300);
        Texts.check(problems, "nameEn", c.nameEn(), false, 300);
        Texts.check(problems, "description", c.description(), false, 8000);
        Texts.check(problems, "decisionReference", c.decisionReference(), false, 300);
        owners(c, problems);
        Long areaId = area(c.areaId(), c.areaCode(), problems);
        if (c.periodStart() != null && c.periodEnd() != null && c.periodEnd().isBefore(c.periodStart())) {
            problems.add(Problem.field("periodEnd", "error.programme.endBeforeStart"));
        }
        String confidentiality = Texts.blank(c.confidentiality()) == null ? ProgrammeView.PUBLIC : c.confidentiality();
        if (!CONFIDENTIALITIES.contains(confidentiality)) {
            problems.add(Problem.field("confidentiality", "error.catalogue.unknownCode", confidentiality));
        }
        Texts.check(problems, "legalBasis", c.legalBasis(), false, 300);
        InvalidInputException.throwIfAny(problems);
        return new Checked(row(c, areaId, confidentiality), areaId);
    }

    private void owners(ProgrammeCommand c, List<Problem> problems) {
        String ownerActor = Texts.blank(c.ownerActorId());
        String ownerGroup = Texts.blank(c.ownerGroupId());
        if (ownerActor == null && ownerGroup == null) {
            problems.add(Problem.field("ownerActorId", "error.programme.ownerRequired"));
        }
        if (ownerActor != null && actors.find(Texts.idOrNull(ownerActor)).isEmpty()) {
            problems.add(Problem.field("ownerActorId", "error.actor.unknown", ownerActor));
        }
        if (ownerGroup != null && groups.find(Texts.idOrNull(ownerGroup)).isEmpty()) {
            problems.add(Problem.field("ownerGroupId", "error.group.unknownId", ownerGroup));
        }
    }

    private static ProgrammeView row(ProgrammeCommand c, long areaId, String confidentiality) {
        boolean restricted = ProgrammeView.RESTRICTED.equals(confidentiality);
        LocalDate from = c.decisionDate() != null
                ? c.decisionDate()
                : c.periodStart() != null ? c.periodStart() : LocalDate.now(ProgrammeService.HELSINKI);
        String legalBasis = Texts.blank(c.legalBasis()) == null ? ProgrammeView.DEFAULT_LEGAL_BASIS : c.legalBasis();
        LocalDate secrecyEnds =
                c.secrecyEndsOn() == null ? LocalDate.of(from.getYear() + SECRECY_YEARS, 12, 31) : c.secrecyEndsOn();
        return new ProgrammeView(
                null,
                c.kind(),
                c.name().trim(),
                Texts.blank(c.nameSv()),
                Texts.blank(c.nameEn()),
                Texts.blank(c.description()),
                Texts.blank(c.ownerActorId()),
                Texts.blank(c.ownerGroupId()),
                String.valueOf(areaId),
                null,
                c.periodStart(),
                c.periodEnd(),
                null,
                null,
                null,
                Texts.blank(c.decisionReference()),
                c.decisionDate(),
                confidentiality,
                restricted ? legalBasis.trim() : null,
                restricted ? secrecyEnds : null,
                c.version());
    }

    private Long area(String id, String code, List<Problem> problems) {
        AreaView byCode =
                Texts.blank(code) == null ? null : areas.findByCode(code).orElse(null);
        AreaView byId =
                Texts.blank(id) == null ? null : areas.find(Texts.idOrNull(id)).orElse(null);
        if (Texts.blank(code) != null && byCode == null) {
            problems.add(Problem.field("areaCode", "error.area.unknownCode", code));
            return null;
        }
        if (Texts.blank(id) != null && byId == null) {
            problems.add(Problem.field("areaId", "error.area.unknown"));
            return null;
        }
        if (byCode != null && byId != null && !byCode.id().equals(byId.id())) {
            problems.add(Problem.field("areaCode", "error.area.idCodeMismatch"));
            return null;
        }
        AreaView a = byCode != null ? byCode : byId;
        if (a == null) {
            problems.add(Problem.field("areaCode", "validation.required"));
            return null;
        }
        return Long.valueOf(a.id());
    }
}
