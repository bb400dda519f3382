package fi.turvaverkko.planning;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.AreaService;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.NetworkAccess;
import fi.turvaverkko.planning.domain.ProgrammeRepository;
import fi.turvaverkko.planning.domain.ProgrammeRepository.Restricted;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final AreaService areas;
    private volatile Snapshot snapshot;

    private record Snapshot(List<Restricted> restricted, Set<Long> ids, long loadedAt) {}

    PlanningAccess(ProgrammeRepository programmes, NetworkAccess network, AreaService areas) {
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

    private static Long id(String s) {
        return s == null || s.isBlank() ? null : Long.valueOf(s);
    }
}
