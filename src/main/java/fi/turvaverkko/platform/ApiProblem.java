package fi.turvaverkko.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail as docs/contract.md describes it, with the refused fields or rows and, for a
 * stale version, the item as it is now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(
        String type, String title, int status, String detail, String instance, List<Error> errors, Object current) {

    /** One refused field, or one refused cell of an imported file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String field, Integer row, String column, String code, String message) {}
}
