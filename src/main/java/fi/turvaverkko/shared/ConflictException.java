package fi.turvaverkko.shared;

/** A duplicate or a change the item's lifecycle forbids: 409. */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... args) {
        super(409, messageKey, args);
    }
}
