package fi.turvaverkko.shared;

/** An update based on an old version of the item: 409 with the item as it is now. */
public class StaleVersionException extends DomainException {

    private final transient Object current;

    public StaleVersionException(Object current) {
        super(409, "error.staleVersion");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
