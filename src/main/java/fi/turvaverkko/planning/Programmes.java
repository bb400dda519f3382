package fi.turvaverkko.planning;

import fi.turvaverkko.planning.domain.GoalService;
import fi.turvaverkko.planning.domain.PlanningReads;
import fi.turvaverkko.planning.domain.ProgrammeAccess;
import fi.turvaverkko.planning.domain.ProgrammeService;
import fi.turvaverkko.shared.PageParams;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Programmes and their goals as the action list and other modules read them. Every read answers only
 * what the caller may read: a restricted plan the caller may not read, and its goals, do not exist.
 */
@Service
public class Programmes {

    private final ProgrammeService programmes;
    private final GoalService goals;
    private final ProgrammeAccess access;
    private final PlanningReads reads;

    Programmes(ProgrammeService programmes, GoalService goals, ProgrammeAccess access, PlanningReads reads) {
        this.programmes = programmes;
        this.goals = goals;
        this.access = access;
        this.reads = reads;
    }

    /** A programme the caller may read. */
    public Optional<ProgrammeView> find(long id) {
        return programmes.find(id);
    }

    /** A programme the caller may read, else 404. */
    public ProgrammeView get(String id) {
        return programmes.get(id);
    }

    /** The programmes among these ids the caller may read. */
    public List<ProgrammeView> findAll(Collection<Long> ids) {
        return programmes.findAll(ids);
    }

    /** An approved public programme, as anonymous readers see it. */
    public Optional<ProgrammeView> findPublic(String id) {
        return programmes.findPublic(id);
    }

    /** The approved public programmes, newest first: the choices of the public pages. */
    public List<ProgrammeView> publicProgrammes(int max) {
        return programmes
                .listPublic(null, null, null, PageParams.of(0, max, null))
                .content();
    }

    /** The programmes of the caller's region and the areas above it, for choices. */
    public List<ProgrammeView> choices() {
        return programmes.choices();
    }

    /** The programmes the caller may add measures to. */
    public List<ProgrammeView> editable() {
        return programmes.editable();
    }

    public boolean canEdit(ProgrammeView p) {
        return access.canEdit(p);
    }

    /** The programme's editors and the users of the responsible actor edit a measure of it. */
    public boolean canEditMeasure(ProgrammeView p, Long responsibleActorId) {
        return access.canEditMeasure(p, responsibleActorId);
    }

    /** The region's current public action list, whoever asks (where other modules' measures go). */
    public Optional<ProgrammeView> currentActionList(long regionId) {
        return programmes.currentActionList(regionId);
    }

    /** The programmes the caller may read, as a condition of a list's query. */
    public ProgrammeScope readable() {
        return access.readable();
    }

    /** The approved public programmes, as a condition of a list's query. */
    public ProgrammeScope publicApproved() {
        return ProgrammeAccess.publicApproved();
    }

    /**
     * Reports to the audit log the measures of restricted plans among those handed to the caller
     * (ADR 0024): the action list calls it after its rights check with whatever it returns.
     */
    public <C extends Collection<MeasureView>> C reportMeasuresRead(C measures) {
        return reads.measures(measures);
    }

    /** Reports one item of a restricted plan as read; {@code what} says which part, e.g. {@code cost}. */
    public void reportRead(String itemType, String itemId, String what) {
        reads.report(itemType, itemId, what);
    }

    /** The ids of every restricted programme: for reporting the measures of a stream as they go by. */
    public Set<Long> restrictedIds() {
        return reads.restrictedAmong(null);
    }

    /** A goal the caller may read. */
    public Optional<GoalView> findGoal(long id) {
        return goals.find(id);
    }

    /** The goals among these ids the caller may read. */
    public List<GoalView> findGoals(Collection<Long> ids) {
        return goals.findAll(ids);
    }

    /** The goals of these programmes, each programme's in its order (for choices). */
    public List<GoalView> goalsOf(Collection<Long> programmeIds) {
        return goals.goalsOf(programmeIds);
    }

    /** The code and title of each goal the caller may read among these ids, in the order asked. */
    public Map<String, String> goalLabels(Collection<Long> ids) {
        Map<String, String> byId = new LinkedHashMap<>();
        goals.findAll(ids).forEach(g -> byId.put(g.id(), g.label()));
        Map<String, String> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            String label = byId.get(String.valueOf(id));
            if (label != null) {
                ordered.put(String.valueOf(id), label);
            }
        });
        return ordered;
    }
}
