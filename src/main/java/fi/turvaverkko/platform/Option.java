package fi.turvaverkko.platform;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** One choice of a select: the value sent and the label shown. */
public record Option(String value, String label) {

    /**
     * The choices sorted by their labels as the reader's language sorts them (å, ä and ö last in
     * Swedish and Finnish): the one place every nominal choice list is ordered. Scales and life
     * cycles keep their own order and do not come here.
     */
    public static List<Option> sorted(Collection<Option> options) {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale == null ? Messages.FINNISH : locale);
        collator.setStrength(Collator.SECONDARY);
        List<Option> list = new ArrayList<>(options);
        list.sort((a, b) -> collator.compare(label(a), label(b)));
        return List.copyOf(list);
    }

    private static String label(Option o) {
        return o.label() == null ? "" : o.label();
    }
}
