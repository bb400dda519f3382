package fi.turvaverkko.registration.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What makes one kind of request different within the one workflow: the details it asks (its
 * command, {@code C}), who may answer it, what approving it hands over and how it is shown.
 */
interface RequestType<C, V> {

    RequestKind kind();

    /** The details of a stored request, from its row. */
    C read(ResultSet rs) throws SQLException;

    /** The details' columns and values, for storing a new request. */
    Map<String, Object> columns(C details);

    /** May the current user answer the request? */
    boolean mayAnswer(Request request, C details);

    /** Hands over what the approval gives (a membership, a measure, a resource); answers its id. */
    String handOver(Request request, C details);

    /** What the asker's mail names: the group, the measure's title, the resource's name. */
    String subject(C details);

    /** What each request is about as a list shows it, in the reader's language; in one go for a page. */
    default List<String> titles(List<C> details) {
        return details.stream().map(this::subject).toList();
    }

    /** The request as the API and the pages show it; {@code requestedBy} is the asker's username. */
    V view(Request request, C details, String requestedBy);
}
