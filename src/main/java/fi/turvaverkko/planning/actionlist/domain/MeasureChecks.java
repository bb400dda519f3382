package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.planning.Emphasis;
import fi.turvaverkko.planning.MeasureStatus;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a measure command and turns it into the row to write: the one set of rules the API, the
 * pages and the import share. Every problem goes to the {@link ProblemSink} (a field, or a cell of an
 * imported row); a measure with any problem yields no row.
 */
@Component
class MeasureChecks {

    static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9.\\-/_ ]{0,29}");

    private final Actors actors;
    private final Areas areas;
    private final Groups groups;
    private final Programmes programmes;
    private final Catalogues catalogues;

    MeasureChecks(Actors actors, Areas areas, Groups groups, Programmes programmes, Catalogues catalogues) {
        this.actors = actors;
        this.areas = areas;
        this.groups = groups;
        this.programmes = programmes;
        this.catalogues = catalogues;
    }

    /** Fresh lookups for one request or one import. */
    Lookups lookups() {
        return new Lookups(actors, areas, groups, programmes, catalogues);
    }

    /**
     * The row of a new measure ({@code before} null) or of a change; null when the sink got problems
     * (the API's sink throws them instead). A new measure may bring its share done (an action list
     * imported as it stands); a change keeps it, as only progress reports move it.
     */
    MeasureRow check(MeasureCommand m, ProgrammeView p, ProblemSink problems, Lookups lookups, MeasureView before) {
        String code = texts(m, problems);
        Long responsible = actorRef(problems, lookups, "responsibleActorId", m.responsibleActorId(), true);
        List<Long> partners = partners(m, responsible, problems, lookups);
        List<Long> areaIds = areas(m, problems, lookups);
        List<String> targetGroups =
                codes(problems, lookups, "targetGroups", ActionListCatalogues.TARGET_GROUPS, m.targetGroups());
        List<String> themes = codes(problems, lookups, "themes", ActionListCatalogues.THEMES, m.themes());
        String emphasis = emphasis(m, problems);
        List<Long> goalIds = goals(m, problems, lookups);
        dates(m, problems);
        String status = status(m, problems, before);
        Integer percent = before == null ? m.progressPercent() : before.progressPercent();
        if (percent != null && (percent < 0 || percent > 100)) {
            problems.add("progressPercent", "error.progress.percent");
        }
        String funding = blank(m.fundingSource());
        if (funding != null && !lookups.active(ActionListCatalogues.FUNDING_SOURCES, funding)) {
            problems.add("fundingSource", "error.catalogue.unknownCode", funding);
        }
        years(m, problems);
        Long[] carriers = carriers(m, problems, lookups);
        MeasureCosts costs = MeasureCosts.checked(m.costs(), problems);
        Long source = before == null ? sourceActionItem(m, problems) : null;
        if (problems.any()) {
            return null;
        }
        return new MeasureRow(
                Long.parseLong(p.id()),
                code,
                m.title().trim(),
                blank(m.titleSv()),
                blank(m.description()),
                blank(m.descriptionSv()),
                responsible,
                partners,
                areaIds,
                targetGroups,
                themes,
                emphasis,
                goalIds,
                m.startDate(),
                m.endDate(),
                status,
                percent,
                funding,
                m.budgetYear(),
                m.planYearFrom(),
                m.planYearTo(),
                carriers[0],
                carriers[1],
                source,
                costs.list(),
                null,
                null);
    }

    /** The texts' lengths; answers the code when it is one. */
    private static String texts(MeasureCommand m, ProblemSink problems) {
        text(problems, "title", m.title(), true, 300);
        text(problems, "titleSv", m.titleSv(), false, 300);
        text(problems, "description", m.description(), false, 8000);
        text(problems, "descriptionSv", m.descriptionSv(), false, 8000);
        String code = blank(m.code());
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add("code", "error.goal.code");
            return null;
        }
        return code;
    }

    private List<Long> partners(MeasureCommand m, Long responsible, ProblemSink problems, Lookups lookups) {
        List<Long> partners = new ArrayList<>();
        for (String s : new LinkedHashSet<>(m.partnerActorIds() == null ? List.of() : m.partnerActorIds())) {
            Long id = actorRef(problems, lookups, "partnerActorIds", s, false);
            if (id != null && !id.equals(responsible)) {
                partners.add(id);
            }
        }
        return partners;
    }

    private static List<Long> areas(MeasureCommand m, ProblemSink problems, Lookups lookups) {
        List<Long> areaIds = new ArrayList<>();
        if (m.areaCodes() == null || m.areaCodes().isEmpty()) {
            problems.add("areaCodes", "error.measure.areaRequired");
            return areaIds;
        }
        for (String code : new LinkedHashSet<>(m.areaCodes())) {
            long id = code == null ? -1 : lookups.areaId(code.trim());
            if (id < 0) {
                problems.add("areaCodes", "error.area.unknownCode", code);
            } else {
                areaIds.add(id);
            }
        }
        return areaIds;
    }

    private static String emphasis(MeasureCommand m, ProblemSink problems) {
        String emphasis = blank(m.emphasis());
        if (emphasis == null) {
            problems.add("emphasis", "validation.required");
        } else if (!Emphasis.CODES.contains(emphasis)) {
            problems.add("emphasis", "error.catalogue.unknownCode", emphasis);
        }
        return emphasis;
    }

    private static List<Long> goals(MeasureCommand m, ProblemSink problems, Lookups lookups) {
        List<Long> goalIds = new ArrayList<>();
        for (String s : new LinkedHashSet<>(m.goalIds() == null ? List.of() : m.goalIds())) {
            Long id = idOrNull(blank(s));
            if (id == null) {
                continue;
            }
            if (id < 0 || !lookups.goal(id)) {
                problems.add("goalIds", "error.goal.unknown", s);
            } else {
                goalIds.add(id);
            }
        }
        return goalIds;
    }

    private static void dates(MeasureCommand m, ProblemSink problems) {
        if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
            problems.add("endDate", "error.measure.endBeforeStart");
        }
        year(problems, "startDate", m.startDate() == null ? null : m.startDate().getYear());
        year(problems, "endDate", m.endDate() == null ? null : m.endDate().getYear());
    }

    /** The budget year and the years of the economic plan. */
    private static void years(MeasureCommand m, ProblemSink problems) {
        year(problems, "budgetYear", m.budgetYear());
        year(problems, "planYearFrom", m.planYearFrom());
        year(problems, "planYearTo", m.planYearTo());
        if (m.planYearFrom() != null && m.planYearTo() != null && m.planYearTo() < m.planYearFrom()) {
            problems.add("planYearTo", "error.measure.planYears");
        }
    }

    /** The status asked for (a new measure is planned, a change keeps its status unless it names one). */
    private static String status(MeasureCommand m, ProblemSink problems, MeasureView before) {
        String status = blank(m.status()) == null ? (before == null ? "PLANNED" : before.status()) : m.status();
        if (!MeasureStatus.CODES.contains(status)) {
            problems.add("status", "error.catalogue.unknownCode", status);
            return "PLANNED";
        }
        return status;
    }

    /** The cost carrier: a group (a municipal committee) or an actor, never both. */
    private Long[] carriers(MeasureCommand m, ProblemSink problems, Lookups lookups) {
        String group = blank(m.costCarrierGroupId());
        String actor = blank(m.costCarrierActorId());
        if (group != null && actor != null) {
            problems.add("costCarrierActorId", "error.measure.oneCarrier");
            return new Long[] {null, null};
        }
        if (group != null) {
            Long id = idOrNull(group);
            if (id < 0 || !lookups.group(id)) {
                problems.add("costCarrierGroupId", "error.group.unknownId", m.costCarrierGroupId());
                return new Long[] {null, null};
            }
            return new Long[] {id, null};
        }
        return new Long[] {null, actorRef(problems, lookups, "costCarrierActorId", actor, false)};
    }

    private static Long sourceActionItem(MeasureCommand m, ProblemSink problems) {
        String given = blank(m.sourceActionItemId());
        if (given == null) {
            return null;
        }
        Long source = idOrNull(given);
        if (source < 0) {
            problems.add("sourceActionItemId", "error.actionItem.unknown");
            return null;
        }
        return source;
    }

    private static Long actorRef(ProblemSink problems, Lookups lookups, String field, String value, boolean required) {
        String v = blank(value);
        if (v == null) {
            if (required) {
                problems.add(field, "validation.required");
            }
            return null;
        }
        Long id = idOrNull(v);
        if (id < 0 || !lookups.actor(id)) {
            problems.add(field, "error.actor.unknown", v);
            return null;
        }
        return id;
    }

    private static List<String> codes(
            ProblemSink problems, Lookups lookups, String field, String catalogue, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : new LinkedHashSet<>(values == null ? List.<String>of() : values)) {
            String code = blank(v);
            if (code == null) {
                continue;
            }
            if (!lookups.active(catalogue, code)) {
                problems.add(field, "error.catalogue.unknownCode", code);
            } else {
                out.add(code);
            }
        }
        return out;
    }

    private static void text(ProblemSink problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, "validation.required");
            }
        } else if (value.trim().length() > max) {
            problems.add(field, "validation.size", max, 0);
        }
    }

    private static void year(ProblemSink problems, String field, Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            problems.add(field, "error.measure.year");
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An id given by a caller, null when none is given, or -1 when it cannot be one (so it is unknown). */
    static Long idOrNull(String id) {
        try {
            return Ids.parseOrNull(id);
        } catch (NotFoundException e) {
            return -1L;
        }
    }
}
