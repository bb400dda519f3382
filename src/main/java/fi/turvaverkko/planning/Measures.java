package fi.turvaverkko.planning;

import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action list as other modules and the programmes read and feed it. The nested module {@code
 * planning.actionlist} implements it; every read leaves out what the caller may not read (the
 * measures of a restricted plan they may not read do not exist for them).
 */
public interface Measures {

    /**
     * Makes a measure of the action list from another module's source: an approved measure proposal
     * ({@code MEASURE_PROPOSAL}), an adopted continuity suggestion ({@code CONTINUITY_SUGGESTION}) or a
     * lesson learned of an exercise ({@code EXERCISE_LESSON}). The calling module has decided who may do
     * this; the measure is checked as any other (400 with the fields), starts {@code PLANNED}, and goes
     * to the current public action list of the region of its first area (or of the responsible actor's
     * home area) unless the draft names a programme. 409 when the region has no action list or the
     * source has made a measure already (ADR 0011).
     */
    MeasureView createFromSource(MeasureDraft draft, String sourceType, String sourceId);

    /** The measures among these ids that the caller may read, in the order asked; unknown ids are left out. */
    List<MeasureSummary> summaries(Collection<String> ids);

    /** The measures the caller may read that serve any of these goals, at most {@code limit}. */
    List<MeasureView> ofGoals(Collection<Long> goalIds, int limit);

    /** A page of the programme's own measures the caller may read, in the list's order. */
    PageResult<MeasureView> ofProgramme(String programmeId, PageParams paging);

    /**
     * The programme that a measure ({@code MEASURE}) or a progress report ({@code PROGRESS_UPDATE})
     * belongs to, whoever asks: for the audit page, which shows an entry's values only to those who
     * may read that programme. Empty when the item is gone or the type is another.
     */
    Optional<Long> programmeOf(String itemType, long id);

    /** How many measures serve each of these goals (whoever may read them: a count reveals no plan). */
    Map<Long, Integer> countsByGoal(Collection<Long> goalIds);
}
