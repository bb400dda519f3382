package fi.turvaverkko.identity;

/** The roles of docs/rights.md; rights beyond these follow from the actors a user acts for. */
public enum Role {
    ADMIN,
    COORDINATOR,
    MEMBER
}
