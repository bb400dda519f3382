package fi.turvaverkko.shared;

/** Ids travel as opaque strings; inside they are numbers. An id that cannot be one is unknown. */
public final class Ids {

    private Ids() {}

    public static long parse(String id) {
        if (id == null || id.isBlank() || id.length() > 18) {
            throw new NotFoundException();
        }
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public static Long parseOrNull(String id) {
        return id == null || id.isBlank() ? null : parse(id);
    }

    public static String str(Long id) {
        return id == null ? null : id.toString();
    }
}
