package fi.turvaverkko.network.domain;

/** A contact person of an actor as its editors set it: a name, and optionally a title, e-mail and phone. */
public record ContactCommand(String name, String title, String email, String phone, Long version) {

    /** The writable fields of a contact person as the API and the form send it; the rest is ignored. */
    public static ContactCommand of(ContactPersonView c) {
        return new ContactCommand(c.name(), c.title(), c.email(), c.phone(), c.version());
    }
}
