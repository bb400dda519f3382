package fi.turvaverkko.planning;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.planning.domain.ProgrammeRepository;
import fi.turvaverkko.planning.domain.ProgrammeRepository.Restricted;
import fi.turvaverkko.shared.RestrictedItemRead;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The planning rights of issue 3: only authority users, the owner and the region's coordinator read
 * a restricted plan, and to everyone else it does not exist; the coordinator edits the programmes of
 * the region (and the shared national ones), the members of a municipality's wellbeing and safety
 * working group edit its plans, an actor's users edit the measures their actor is responsible for.
 */
@Component
public class PlanningAccess {

    static final String MUNICIPAL_GROUP_KIND = "WELLBEING_SAFETY_GROUP";
    private static final long TTL_NANOS = 30_000_000_000L;

    private final ProgrammeRepository programmes;
    private final NetworkAccess network;
    private final Areas areas;
    private volatile Snapshot snapshot;

    private record Snapshot(List<Restricted> restricted, Set<Long> ids, long loadedAt) {}

    private final ApplicationEventPublisher events;

    PlanningAccess(
            ProgrammeRepository programmes, NetworkAccess network, Areas areas, ApplicationEventPublisher events) {
        this.events = events;
        this.programmes = programmes;
        this.network = network;
        this.areas = areas;
    }

    public CurrentUser user() {
        return CurrentUser.get();
    }

    /** Forgets the cached list of restricted programmes after a programme changed. */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot restricted() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > TTL_NANOS) {
            List<Restricted> list = programmes.restricted();
            Set<Long> ids = new HashSet<>();
            list.forEach(r -> ids.add(r.id()));
            s = new Snapshot(list, Set.copyOf(ids), System.nanoTime());
            snapshot = s;
        }
        return s;
    }

    public boolean canRead(ProgrammeView p) {
        if (!p.isRestricted()) {
            return true;
        }
        return mayReadRestricted(
                Long.parseLong(p.areaId()), id(p.ownerActorId()), id(p.ownerGroupId()), new HashMap<>());
    }

    /** The restricted programmes the current user may not read: leave them out of every list and count. */
    public Set<Long> hidden() {
        CurrentUser u = user();
        Snapshot s = restricted();
        if (s.ids().isEmpty() || (!u.isAnonymous() && u.isAuthority())) {
            return Set.of();
        }
        if (u.isAnonymous()) {
            return s.ids();
        }
        return hiddenFrom(s);
    }

    private Set<Long> hiddenFrom(Snapshot s) {
        Set<Long> hidden = new HashSet<>();
        Map<Long, Boolean> groupMemberships = new HashMap<>();
        for (Restricted r : s.restricted()) {
            if (!mayReadRestricted(r.areaId(), r.ownerActorId(), r.ownerGroupId(), groupMemberships)) {
                hidden.add(r.id());
            }
        }
        return Set.copyOf(hidden);
    }

    /** Every restricted programme, for the public pages that never show any. */
    public Set<Long> allRestricted() {
        return restricted().ids();
    }

    private boolean mayReadRestricted(long areaId, Long ownerActor, Long ownerGroup, Map<Long, Boolean> memberships) {
        CurrentUser u = user();
        if (u.isAnonymous()) {
            return false;
        }
        if (u.isAuthority() || u.actsFor(ownerActor)) {
            return true;
        }
        if (ownerGroup != null && memberships.computeIfAbsent(ownerGroup, network::isGroupMember)) {
            return true;
        }
        return network.coordinatesArea(areaId);
    }

    /**
     * The members of a municipality's wellbeing and safety working group edit the municipality's
     * plans; the coordinator edits the programmes of the region and above.
     */
    public boolean canEdit(ProgrammeView p) {
        CurrentUser u = user();
        if (u.isAnonymous() || !canRead(p)) {
            return false;
        }
        long areaId = Long.parseLong(p.areaId());
        boolean municipal = areas.find(areaId)
                .map(a -> AreaType.MUNICIPALITY.name().equals(a.type()))
                .orElse(false);
        return municipal ? network.isMemberOfGroupKind(MUNICIPAL_GROUP_KIND, areaId) : network.coordinatesArea(areaId);
    }

    /** The programmes of the list the user may edit; each area's membership is asked once. */
    public List<ProgrammeView> editable(List<ProgrammeView> programmes) {
        Map<Long, Boolean> byArea = new HashMap<>();
        return programmes.stream()
                .filter(p -> canRead(p) && byArea.computeIfAbsent(Long.valueOf(p.areaId()), this::canCreateIn))
                .toList();
    }

    /** May the user create programmes in this area? The same people who edit them. */
    public boolean canCreateIn(long areaId) {
        if (user().isAnonymous()) {
            return false;
        }
        boolean municipal = areas.find(areaId)
                .map(a -> AreaType.MUNICIPALITY.name().equals(a.type()))
                .orElse(false);
        return municipal ? network.isMemberOfGroupKind(MUNICIPAL_GROUP_KIND, areaId) : network.coordinatesArea(areaId);
    }

    /** The programme's editors and the users of the responsible actor edit a measure and add progress. */
    public boolean canEditMeasure(MeasureView m, ProgrammeView p) {
        return !user().isAnonymous() && (user().actsFor(id(m.responsibleActorId())) || canEdit(p));
    }

    // what the caller is handed of restricted plans, for the audit log (ADR 0024)

    /**
     * Reports the restricted programmes among those handed to the caller. Every service method that
     * returns planning items calls one of these after its rights check, so that any path — page, API,
     * list, export, PDF, another module — leaves its audit entry.
     */
    public <C extends Collection<ProgrammeView>> C readProgrammes(C programmes) {
        for (ProgrammeView p : programmes) {
            if (p.isRestricted()) {
                report("PROGRAMME", p.id(), "programme");
            }
        }
        return programmes;
    }

    /** Reports the goals of restricted programmes among those handed to the caller. */
    public <C extends Collection<GoalView>> C readGoals(C goals) {
        Set<Long> restricted = allRestricted();
        if (!restricted.isEmpty()) {
            for (GoalView g : goals) {
                if (restricted.contains(id(g.programmeId()))) {
                    report("GOAL", g.id(), "goal");
                }
            }
        }
        return goals;
    }

    /** Reports the measures of restricted programmes among those handed to the caller. */
    public <C extends Collection<MeasureView>> C readMeasures(C measures) {
        Set<Long> restricted = allRestricted();
        if (!restricted.isEmpty()) {
            for (MeasureView m : measures) {
                readMeasure(m, restricted);
            }
        }
        return measures;
    }

    /** Reports one measure if its programme is restricted. */
    public MeasureView readMeasure(MeasureView m) {
        readMeasure(m, allRestricted());
        return m;
    }

    private void readMeasure(MeasureView m, Set<Long> restricted) {
        if (restricted.contains(id(m.programmeId()))) {
            report("MEASURE", m.id(), "measure");
        }
    }

    /** Reports the measures of restricted programmes whose costs a sum handed to the caller includes. */
    public void readMeasureCosts(Collection<Long> measureIds) {
        measureIds.forEach(id -> report("MEASURE", String.valueOf(id), "cost"));
    }

    /** Reports the alignment links that touch a restricted programme among those handed to the caller. */
    public <C extends Collection<GoalLinkView>> C readLinks(C links) {
        Set<Long> restricted = allRestricted();
        if (!restricted.isEmpty()) {
            for (GoalLinkView l : links) {
                if (restricted.contains(id(l.fromProgrammeId())) || restricted.contains(id(l.toProgrammeId()))) {
                    report("GOAL_LINK", l.id(), "link");
                }
            }
        }
        return links;
    }

    /** Reports the wellbeing reports of restricted plans among those handed to the caller. */
    public <C extends Collection<WellbeingReportView>> C readReports(C reports) {
        Set<Long> restricted = allRestricted();
        if (!restricted.isEmpty()) {
            for (WellbeingReportView r : reports) {
                if (restricted.contains(id(r.programmeId()))) {
                    report("WELLBEING_REPORT", r.id(), "report");
                }
            }
        }
        return reports;
    }

    private void report(String type, String id, String what) {
        events.publishEvent(new RestrictedItemRead(type, id, what));
    }

    private static Long id(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s);
    }
}
