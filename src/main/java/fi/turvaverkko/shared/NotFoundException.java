package fi.turvaverkko.shared;

/**
 * An item that does not exist, or that the caller may not read: both answer 404 with the same
 * message, so that restricted items cannot be told apart from missing ones.
 */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super(404, "error.notFound");
    }
}
