package fi.turvaverkko.shared;

import java.util.List;

/**
 * A refusal a user or a client can cause: it carries an HTTP status, a message key that the web
 * layer translates into the caller's language, and optional field problems.
 */
public class DomainException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<Problem> problems;

    public DomainException(int status, String messageKey, Object... args) {
        this(status, messageKey, List.of(), args);
    }

    public DomainException(int status, String messageKey, List<Problem> problems, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<Problem> problems() {
        return problems;
    }
}
