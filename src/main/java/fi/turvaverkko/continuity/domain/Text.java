package fi.turvaverkko.continuity.domain;

import fi.turvaverkko.shared.LocalizedName;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/** A text of a questionnaire in Finnish, Swedish and English; a missing translation falls back to Finnish. */
public record Text(String fi, String sv, String en) {

    public static Text of(Map<String, ?> json) {
        if (json == null) {
            return new Text(null, null, null);
        }
        return new Text(str(json.get("fi")), str(json.get("sv")), str(json.get("en")));
    }

    public String in(Locale locale) {
        return new LocalizedName(fi, sv, null, en).in(locale);
    }

    /** The text in the language of the current request. */
    public String local() {
        return in(LocaleContextHolder.getLocale());
    }

    public Map<String, String> toMap() {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("fi", fi);
        m.put("sv", sv);
        m.put("en", en);
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
