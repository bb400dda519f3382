package fi.turvaverkko.shared;

/** The caller may read the item but not change it: 403. */
public class ForbiddenException extends DomainException {

    public ForbiddenException() {
        super(403, "error.forbidden");
    }
}
