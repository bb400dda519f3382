package fi.turvaverkko.registration.domain;

/**
 * What an NGO, parish or business sends to register: its organisation and its first user. The body
 * of {@code POST /api/v1/registrations}.
 */
public record RegistrationCommand(
        String organisationName,
        String sector,
        String businessId,
        String homeAreaCode,
        String email,
        String username,
        String password) {

    /** The same, without the password, for a form shown again. */
    public RegistrationCommand withoutPassword() {
        return new RegistrationCommand(organisationName, sector, businessId, homeAreaCode, email, username, null);
    }
}
