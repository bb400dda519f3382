package fi.turvaverkko.shared;

import java.util.List;

/** Input that breaks a rule: 400, with every problem found. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<Problem> problems) {
        super(400, "error.invalidInput", problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(Problem.field(field, messageKey, args)));
    }

    /** Throws when the list holds any problem. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
