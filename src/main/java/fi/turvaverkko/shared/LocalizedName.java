package fi.turvaverkko.shared;

import java.util.Locale;

/** A name in Finnish with its optional Swedish, Northern Sámi and English forms. */
public record LocalizedName(String fi, String sv, String se, String en) {

    public static LocalizedName of(String fi, String sv, String en) {
        return new LocalizedName(fi, sv, null, en);
    }

    /** The name in the locale's language, falling back to Finnish. */
    public String in(Locale locale) {
        String lang = locale == null ? "fi" : locale.getLanguage();
        String name = switch (lang) {
            case "sv" -> sv;
            case "se" -> se;
            case "en" -> en;
            default -> fi;
        };
        return name == null || name.isBlank() ? fi : name;
    }
}
