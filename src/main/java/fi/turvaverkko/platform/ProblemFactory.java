package fi.turvaverkko.platform;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns refusals into translated problem details; the one place that writes them. */
@Component
public class ProblemFactory {

    private final Messages messages;

    ProblemFactory(Messages messages) {
        this.messages = messages;
    }

    public ApiProblem of(int status, String messageKey, List<Problem> problems, String instance, Object... args) {
        List<ApiProblem.Error> errors = problems.isEmpty()
                ? null
                : problems.stream()
                        .map(p -> new ApiProblem.Error(
                                p.field(), p.row(), p.column(), p.code(), messages.get(p.messageKey(), p.args())))
                        .toList();
        String title = messages.get("error.title." + status);
        String detail = messages.get(messageKey, args);
        if (errors != null && errors.size() == 1 && status == 400) {
            detail = errors.get(0).message();
        }
        return new ApiProblem("about:blank", title, status, detail, instance, errors, null);
    }

    public ApiProblem of(DomainException e, String instance) {
        ApiProblem p = of(e.status(), e.messageKey(), e.problems(), instance, e.args());
        if (e instanceof StaleVersionException stale) {
            return new ApiProblem(
                    p.type(), p.title(), p.status(), p.detail(), p.instance(), p.errors(), stale.current());
        }
        return p;
    }
}
