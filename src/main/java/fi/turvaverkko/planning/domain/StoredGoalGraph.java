package fi.turvaverkko.planning.domain;

import fi.turvaverkko.planning.GoalView;
import fi.turvaverkko.planning.ProgrammeView;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The goal graph as the database holds it, through the services that check who may read what. */
@Component
class StoredGoalGraph implements GoalGraph {

    private final GoalService goals;
    private final GoalLinkService links;
    private final ProgrammeService programmes;
    private final PlanningReads reads;

    StoredGoalGraph(GoalService goals, GoalLinkService links, ProgrammeService programmes, PlanningReads reads) {
        this.goals = goals;
        this.links = links;
        this.programmes = programmes;
        this.reads = reads;
    }

    @Override
    public void shown(Collection<GoalLinkView> shown) {
        reads.links(shown);
    }

    @Override
    public Optional<GoalView> goal(long id) {
        return goals.find(id);
    }

    @Override
    public List<GoalView> goals(Collection<Long> ids) {
        return goals.findAll(ids);
    }

    @Override
    public List<GoalView> children(Collection<Long> goalIds) {
        return goals.childrenOf(goalIds);
    }

    @Override
    public List<GoalLinkView> linksUp(Collection<Long> goalIds) {
        return links.linksUp(goalIds);
    }

    @Override
    public List<GoalLinkView> linksDown(Collection<Long> goalIds) {
        return links.linksDown(goalIds);
    }

    @Override
    public Map<Long, ProgrammeView> programmes(Collection<Long> ids) {
        Map<Long, ProgrammeView> byId = new HashMap<>();
        programmes.findAll(ids).forEach(p -> byId.put(Long.valueOf(p.id()), p));
        return byId;
    }

    @Override
    public List<GoalView> goalsOf(ProgrammeView p) {
        return goals.goals(p);
    }

    @Override
    public Map<Long, GoalRepository.LinkCounts> linkCounts(ProgrammeView p) {
        return links.counts(p);
    }
}
