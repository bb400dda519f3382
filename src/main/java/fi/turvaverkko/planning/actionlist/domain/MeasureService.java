package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Reading the action list: measures with their schedule, costs per year and progress. Everyone logged
 * in reads the measures of the programmes they may read, anonymous readers those of the approved public
 * programmes; who may read which plan is decided in the same query as the list ({@link
 * fi.turvaverkko.planning.ProgrammeScope}). The programme's editors and the users of the responsible
 * actor change a measure and report its progress; the editors delete it.
 */
@Service
public class MeasureService {

    private final MeasureRepository repository;
    private final ProgressRepository progress;
    private final FilterChecks filters;
    private final Programmes programmes;

    MeasureService(
            MeasureRepository repository, ProgressRepository progress, FilterChecks filters, Programmes programmes) {
        this.repository = repository;
        this.progress = progress;
        this.filters = filters;
        this.programmes = programmes;
    }

    /**
     * A page of the measures the caller may read that the filter lets through; those of a restricted
     * plan are reported to the audit log as read.
     */
    public PageResult<MeasureView> list(MeasureFilter f, PageParams paging) {
        PageResult<MeasureView> page = known(f, repository.list(filters.resolve(f, programmes.readable()), paging));
        programmes.reportMeasuresRead(page.content());
        return page;
    }

    /** An empty page of a list asked by an unknown area's code is a bad request, not an empty list. */
    private PageResult<MeasureView> known(MeasureFilter f, PageResult<MeasureView> page) {
        if (page.page().totalElements() == 0) {
            filters.requireKnownArea(f);
        }
        return page;
    }

    /** A page of the measures of the approved public programmes, for anyone. */
    public PageResult<MeasureView> listPublic(MeasureFilter f, PageParams paging) {
        return known(f, repository.list(filters.resolve(f, programmes.publicApproved()), paging));
    }

    /** How many measures the caller may read the filter lets through (a bad filter is refused here). */
    public long count(MeasureFilter f) {
        long n = repository.count(filters.resolve(f, programmes.readable()));
        if (n == 0) {
            filters.requireKnownArea(f);
        }
        return n;
    }

    /** Refuses a bad filter of the public list before anything is written out. */
    public void checkPublic(MeasureFilter f) {
        filters.resolve(f, programmes.publicApproved());
        filters.requireKnownArea(f);
    }

    /** Every measure the caller may read that the filter lets through, one at a time (reported as read). */
    public void stream(MeasureFilter f, String sort, Consumer<MeasureView> each) {
        MeasureSql.Filter filter = filters.resolve(f, programmes.readable());
        Set<Long> restricted = programmes.restrictedIds();
        repository.stream(filter, sort, m -> {
            if (restricted.contains(Long.valueOf(m.programmeId()))) {
                programmes.reportRead("MEASURE", m.id(), "measure");
            }
            each.accept(m);
        });
    }

    /** The same for the approved public programmes. */
    public void streamPublic(MeasureFilter f, Consumer<MeasureView> each) {
        repository.stream(filters.resolve(f, programmes.publicApproved()), null, each);
    }

    /** The years that have costs among those measures. */
    public List<Integer> costYears(MeasureFilter f) {
        return repository.costYears(filters.resolve(f, programmes.readable()));
    }

    public List<Integer> costYearsPublic(MeasureFilter f) {
        return repository.costYears(filters.resolve(f, programmes.publicApproved()));
    }

    /** A measure the caller may read (its programme is readable); one of a restricted plan is reported as read. */
    public Optional<MeasureView> find(long id) {
        Optional<MeasureView> m = repository
                .find(id)
                .filter(x -> programmes.find(Long.parseLong(x.programmeId())).isPresent());
        m.ifPresent(x -> programmes.reportMeasuresRead(List.of(x)));
        return m;
    }

    public MeasureView get(String id) {
        return find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    /** The programme's editors and the responsible actor's users change a measure of a programme not archived. */
    public boolean canEdit(MeasureView m) {
        return programmes
                .find(Long.parseLong(m.programmeId()))
                .map(p -> !p.isArchived() && programmes.canEditMeasure(p, Long.valueOf(m.responsibleActorId())))
                .orElse(false);
    }

    /** The programme's editors delete a measure of a programme not archived. */
    public boolean canDelete(MeasureView m) {
        return programmes
                .find(Long.parseLong(m.programmeId()))
                .map(p -> !p.isArchived() && programmes.canEdit(p))
                .orElse(false);
    }

    /** The measure's progress updates, newest first. */
    public List<ProgressView> progress(String measureId, int limit) {
        MeasureView m = get(measureId);
        return progress.ofMeasure(Long.parseLong(m.id()), limit);
    }

    /** The programme of a measure the caller may read. */
    public ProgrammeView programmeOf(MeasureView m) {
        return programmes.get(m.programmeId());
    }
}
