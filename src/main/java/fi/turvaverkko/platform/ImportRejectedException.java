package fi.turvaverkko.platform;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.util.List;

/**
 * An import with errors: nothing was written, and every error names its row, column and problem
 * (docs/contract.md: all or nothing).
 */
public class ImportRejectedException extends DomainException {

    public ImportRejectedException(List<Problem> problems) {
        super(400, "error.import.rejected", problems, problems.size());
    }
}
