package fi.turvaverkko.planning;

import fi.turvaverkko.planning.domain.ProgrammeRepository;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * What anonymous readers see: approved public programmes, their goals and the progress of their
 * measures. Restricted plans never show: not in lists, counts, exports or error messages (an
 * unknown and a restricted programme answer the same 404).
 */
@Service
public class PublicPlanning {

    static final int MAX_PUBLIC_PROGRAMMES = 2000;

    private final ProgrammeRepository programmes;
    private final ProgrammeService programmeService;
    private final MeasureService measures;
    private final PlanningAccess access;

    PublicPlanning(
            ProgrammeRepository programmes,
            ProgrammeService programmeService,
            MeasureService measures,
            PlanningAccess access) {
        this.programmes = programmes;
        this.programmeService = programmeService;
        this.measures = measures;
        this.access = access;
    }

    private ProgrammeRepository.Filter filter(String text, String kind, String area) {
        return new ProgrammeRepository.Filter(
                text,
                kind == null || kind.isBlank() ? null : kind,
                programmeService.areasWithin(area, "area"),
                "APPROVED",
                ProgrammeView.PUBLIC,
                null,
                access.allRestricted());
    }

    public PageResult<ProgrammeView> programmes(String text, String kind, String area, PageParams paging) {
        return programmes.list(filter(text, kind, area), paging);
    }

    public Optional<ProgrammeView> find(String id) {
        Long key;
        try {
            key = Ids.parse(id);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        return programmes.find(key).filter(p -> p.isApproved() && !p.isRestricted());
    }

    public ProgrammeView get(String id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    public List<GoalView> goals(ProgrammeView p) {
        return programmeService.goals(p);
    }

    /** The approved public programmes' ids (the only ones whose measures anonymous readers see). */
    public List<Long> publicProgrammeIds() {
        return programmes.all(filter(null, null, null), MAX_PUBLIC_PROGRAMMES).stream()
                .map(p -> Long.valueOf(p.id()))
                .toList();
    }

    public PageResult<MeasureView> measures(MeasureService.Filter f, PageParams paging) {
        List<Long> ids = programmeIdsFor(f);
        return measures.listPublic(f, ids, paging);
    }

    List<Long> programmeIdsFor(MeasureService.Filter f) {
        if (f.programme() != null && !f.programme().isBlank()) {
            return find(f.programme()).map(p -> List.of(Long.valueOf(p.id()))).orElse(List.of());
        }
        return publicProgrammeIds();
    }

    public Set<Long> restricted() {
        return access.allRestricted();
    }
}
