package fi.turvaverkko.resources.domain;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.util.List;

/**
 * The units of a resource: how many there are and how many are committed to disruptions. A change of
 * the quantity never leaves fewer units than are committed, and a resource with committed units is not
 * deleted. The database guards the same (a check on {@code committed <= quantity}), also against a
 * commitment made between a read and a write.
 */
public record Stock(int quantity, int committed) {

    public int free() {
        return quantity - committed;
    }

    /** The stock with another quantity: 409 on {@code quantity} when fewer than the committed units. */
    public Stock withQuantity(int newQuantity) {
        if (newQuantity < committed) {
            throw belowCommitted(committed);
        }
        return new Stock(newQuantity, committed);
    }

    /**
     * The stock after a commitment takes ({@code delta > 0}) or gives back ({@code delta < 0}) units:
     * 409 when fewer units are free than asked, or more are given back than are committed.
     */
    public Stock reserve(int delta) {
        if (delta > free() || committed + delta < 0) {
            throw notEnoughFree();
        }
        return new Stock(quantity, committed + delta);
    }

    /** Refuses (409) to remove a resource whose units are committed. */
    public void requireRemovable() {
        if (committed > 0) {
            throw new ConflictException("error.resource.inUse");
        }
    }

    static DomainException notEnoughFree() {
        return new DomainException(
                409,
                "error.resource.notEnoughFree",
                List.of(Problem.field("quantity", "error.resource.notEnoughFree")));
    }

    static DomainException belowCommitted(int committed) {
        return new DomainException(
                409,
                "error.resource.belowCommitted",
                List.of(Problem.field("quantity", "error.resource.belowCommitted", committed)),
                committed);
    }
}
