package fi.turvaverkko.registration.domain;

import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests of every kind through one door, for the pages: one list, one page to read and answer
 * a request, one overview. What differs by kind is each kind's {@link RequestType}.
 */
@Service
public class RequestDesk {

    private final RequestWorkflow workflow;
    private final Map<RequestKind, RequestType<?, ?>> types = new EnumMap<>(RequestKind.class);

    RequestDesk(
            RequestWorkflow workflow,
            JoinRequestService joins,
            MeasureProposalService proposals,
            ResourceOfferService offers) {
        this.workflow = workflow;
        List.of(joins, proposals, offers).forEach(t -> types.put(t.kind(), t));
    }

    /** A request as its page shows it: the request, who asked, what it is about (subject), and whether the reader answers it. */
    public record Shown(Object item, String actorName, String subject, boolean canAnswer) {}

    /** The kind whose pages live under this path ({@code join-requests}, …), or 404. */
    public static RequestKind kind(String path) {
        return Arrays.stream(RequestKind.values())
                .filter(k -> k.path().equals("/" + path))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public PageResult<RequestRow> list(RequestKind kind, RequestFilter f, PageParams paging) {
        return workflow.rows(types.get(kind), f, paging);
    }

    /** The first {@code each} requests of every kind that pass the filter, kind by kind. */
    public List<RequestRow> latest(RequestFilter f, int each) {
        List<RequestRow> rows = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            rows.addAll(list(kind, f, PageParams.first(each)).content());
        }
        return rows;
    }

    public Shown show(RequestKind kind, String id) {
        return show(types.get(kind), id);
    }

    private <C, V> Shown show(RequestType<C, V> type, String id) {
        RequestRepository.Stored<C> s = workflow.get(type, id);
        RequestRow row = workflow.row(type, s);
        return new Shown(workflow.view(type, s), row.actorName(), row.title(), workflow.canAnswer(type, s));
    }

    @Transactional
    public void approve(RequestKind kind, String id) {
        workflow.approve(types.get(kind), id);
    }

    @Transactional
    public void reject(RequestKind kind, String id, Decision decision) {
        workflow.reject(types.get(kind), id, decision);
    }
}
