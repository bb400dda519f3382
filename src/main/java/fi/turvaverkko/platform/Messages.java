package fi.turvaverkko.platform;

import fi.turvaverkko.shared.LocalizedName;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts shown to people, in the language of the current request (fi, sv or en). */
@Component
public class Messages {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    public static final Locale FINNISH = Locale.forLanguageTag("fi");

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return get(LocaleContextHolder.getLocale(), key, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }

    /** A text kept as a key and arguments, in the language of the current request. */
    public String text(LocalizedText text) {
        return text(LocaleContextHolder.getLocale(), text);
    }

    /** A text kept as a key and arguments, in the given language: names and nested texts in it too. */
    public String text(Locale locale, LocalizedText text) {
        Object[] args = text.args().stream()
                .map(a -> a instanceof LocalizedText t
                        ? text(locale, t)
                        : a instanceof LocalizedName n ? n.in(locale) : a)
                .toArray();
        return get(locale, text.key(), args);
    }

    /** The text of a catalogue-like code such as {@code sector.POLICE}, or the code itself. */
    public String code(String prefix, String code) {
        if (code == null) {
            return "";
        }
        return source.getMessage(prefix + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    public static Locale supported(String lang) {
        if (lang != null && LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            return Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
        }
        return null;
    }
}
