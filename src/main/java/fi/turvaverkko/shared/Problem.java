package fi.turvaverkko.shared;

/**
 * One thing wrong with the input: the field (or column), an optional row of an imported file, a
 * stable code for clients and a message key with its arguments for people.
 */
public record Problem(String field, Integer row, String column, String code, String messageKey, Object[] args) {

    public static Problem field(String field, String messageKey, Object... args) {
        return new Problem(field, null, null, codeOf(messageKey), messageKey, args);
    }

    public static Problem cell(int row, String column, String messageKey, Object... args) {
        return new Problem(column, row, column, codeOf(messageKey), messageKey, args);
    }

    public static Problem global(String messageKey, Object... args) {
        return new Problem(null, null, null, codeOf(messageKey), messageKey, args);
    }

    private static String codeOf(String messageKey) {
        int dot = messageKey.lastIndexOf('.');
        return dot < 0 ? messageKey : messageKey.substring(dot + 1);
    }
}
