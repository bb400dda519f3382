package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.shared.RestrictedItemRead;
import fi.turvaverkko.shared.RestrictedItems;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The audit view of planning's items, the action list's too (ADR 0024): the recorded values of a
 * restricted plan's programme, goals, links, measures, progress and reports are shown only to those
 * who may read the plan, and then recorded as read; an entry whose plan is gone and unknown stays
 * hidden.
 */
@Component
class PlanningAuditRedaction implements RestrictedItems {

    private static final Set<String> TYPES =
            Set.of("PROGRAMME", "GOAL", "GOAL_LINK", "MEASURE", "PROGRESS_UPDATE", "WELLBEING_REPORT");

    private final ProgrammeRepository programmes;
    private final Measures measures;
    private final ProgrammeAccess access;
    private final ApplicationEventPublisher events;

    PlanningAuditRedaction(
            ProgrammeRepository programmes,
            Measures measures,
            ProgrammeAccess access,
            ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.measures = measures;
        this.access = access;
        this.events = events;
    }

    @Override
    public boolean covers(String itemType) {
        return TYPES.contains(itemType);
    }

    @Override
    public Set<String> hiddenFields(String itemType, String itemId, Map<String, Object> changes) {
        Set<Long> owners = owners(itemType, itemId, changes);
        if (owners.isEmpty()) {
            return ALL;
        }
        boolean restricted = false;
        for (Long owner : owners) {
            Optional<ProgrammeView> p = programmes.find(owner);
            if (p.isEmpty()) {
                if (!shownPublic(itemType, changes)) {
                    return ALL;
                }
            } else if (p.get().isRestricted()) {
                if (!access.canRead(p.get())) {
                    return ALL;
                }
                restricted = true;
            }
        }
        if (restricted) {
            // the log shows this user a restricted plan's values: that is a read like any other
            events.publishEvent(new RestrictedItemRead(itemType, itemId, "audit"));
        }
        return Set.of();
    }

    /** The plans the entry's item belongs to, as the database knows them and as the entry itself says. */
    private Set<Long> owners(String itemType, String itemId, Map<String, Object> changes) {
        Set<Long> owners = new LinkedHashSet<>();
        Long id = number(itemId);
        if (id != null) {
            owners.addAll(programmes.programmesOf(itemType, id));
            measures.programmeOf(itemType, id).ifPresent(owners::add);
        }
        // what the entry itself says: the plan a created, deleted or imported item belonged to
        for (String field : new String[] {"programmeId", "fromProgrammeId", "toProgrammeId"}) {
            values(changes.get(field)).forEach(v -> add(owners, number(v)));
        }
        values(changes.get("measureId")).forEach(v -> {
            Long measure = number(v);
            if (measure != null) {
                measures.programmeOf("MEASURE", measure).ifPresent(owners::add);
            }
        });
        return owners;
    }

    /** A deleted programme whose entry says it was public, every time. */
    private static boolean shownPublic(String itemType, Map<String, Object> changes) {
        return "PROGRAMME".equals(itemType)
                && changes.containsKey("confidentiality")
                && values(changes.get("confidentiality")).stream().allMatch(ProgrammeView.PUBLIC::equals);
    }

    /** A recorded value, or both sides of a recorded change. */
    private static Collection<Object> values(Object v) {
        if (v instanceof Map<?, ?> m) {
            Set<Object> both = new LinkedHashSet<>();
            if (m.get("before") != null) {
                both.add(m.get("before"));
            }
            if (m.get("after") != null) {
                both.add(m.get("after"));
            }
            return both;
        }
        return v == null ? Set.of() : Set.of(v);
    }

    private static void add(Set<Long> into, Long id) {
        if (id != null) {
            into.add(id);
        }
    }

    private static Long number(Object v) {
        String s = v == null ? null : String.valueOf(v);
        return s != null && !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit)
                ? Long.valueOf(s)
                : null;
    }
}
