package fi.turvaverkko.registration.domain;

/**
 * The answer to a registration: the same whether or not the address or the username was already
 * known, so that nobody learns who has an account here.
 */
public record RegistrationReceipt(String status, String detail) {}
