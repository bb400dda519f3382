package fi.turvaverkko.planning.actionlist.domain;

import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.MeasureSummary;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.Measures;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The action list as other modules and the programmes use it ({@link Measures}): each read is one
 * query that leaves out what the caller may not read.
 */
@Service
class ActionList implements Measures {

    private final MeasureRepository repository;
    private final MeasureService reads;
    private final SourceMeasures sources;
    private final Programmes programmes;

    ActionList(MeasureRepository repository, MeasureService reads, SourceMeasures sources, Programmes programmes) {
        this.repository = repository;
        this.reads = reads;
        this.sources = sources;
        this.programmes = programmes;
    }

    @Override
    public MeasureView createFromSource(MeasureDraft draft, String sourceType, String sourceId) {
        return sources.create(draft, sourceType, sourceId);
    }

    @Override
    public List<MeasureSummary> summaries(Collection<String> ids) {
        List<Long> keys = new ArrayList<>();
        for (String id : ids) {
            if (id != null && FilterChecks.digits(id.trim())) {
                keys.add(Long.valueOf(id.trim()));
            }
        }
        Map<String, MeasureSummary> byId = new HashMap<>();
        programmes
                .reportMeasuresRead(repository.findAll(keys, programmes.readable()))
                .forEach(m -> byId.put(m.id(), m.summary()));
        List<MeasureSummary> ordered = new ArrayList<>();
        for (Long key : keys) {
            MeasureSummary s = byId.get(String.valueOf(key));
            if (s != null) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    @Override
    public List<MeasureView> ofGoals(Collection<Long> goalIds, int limit) {
        return programmes.reportMeasuresRead(repository.ofGoals(goalIds, programmes.readable(), limit));
    }

    @Override
    public PageResult<MeasureView> ofProgramme(String programmeId, PageParams paging) {
        return reads.list(MeasureFilter.ofProgramme(programmeId), paging);
    }

    @Override
    public Optional<Long> programmeOf(String itemType, long id) {
        return repository.programmeOf(itemType, id);
    }

    @Override
    public Map<Long, Integer> countsByGoal(Collection<Long> goalIds) {
        return repository.countsByGoal(goalIds);
    }
}
