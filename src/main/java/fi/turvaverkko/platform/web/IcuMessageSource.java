package fi.turvaverkko.platform.web;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import fi.turvaverkko.platform.TimeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The application's texts, formatted with ICU's MessageFormat so that a counted noun follows the
 * plural rules of each language ({@code {0, plural, one {# toimenpide} other {# toimenpidettä}}}),
 * which {@link java.text.MessageFormat} cannot do. An argument that stands alone in a text is
 * written the one way: a whole number as its digits (a year is 2027, never “2 027”: counts that
 * need grouping are plural arguments), another number in the language's notation, a date or a time
 * as {@link TimeFormat} writes it in the text's language. A text without arguments is returned as
 * written, as before.
 *
 * <p>One message per text: where code or a template must keep a key of its own for a text another
 * key already holds (a status code turned into a key, a problem's code), the key is an alias, listed
 * in {@value #ALIASES} as {@code alias.key=target.key}, and has no text in the bundles; it is read as
 * its target in every language.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    /**
     * A parsed text, the arguments it uses on their own (not as a plural, select or number) and those
     * it counts with (plural, ordinal, choice).
     */
    private record Compiled(MessageFormat format, BitSet plainArguments, BitSet countArguments) {}

    /** Where the aliases are: one {@code alias.key=target.key} a line, on the class path. */
    public static final String ALIASES = "messages/aliases.properties";

    private final Map<Locale, Map<String, Compiled>> compiled = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = loadAliases();

    /** The aliases of {@value #ALIASES}: alias key → the key whose text it shows. */
    public static Map<String, String> loadAliases() {
        Properties p = new Properties();
        try (InputStream in = IcuMessageSource.class.getClassLoader().getResourceAsStream(ALIASES)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
        return Map.copyOf(map);
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        return super.resolveCodeWithoutArguments(aliases.getOrDefault(code, code), locale);
    }

    @Override
    protected java.text.MessageFormat resolveCode(String code, Locale locale) {
        return super.resolveCode(aliases.getOrDefault(code, code), locale);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale loc = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, loc);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        return format(pattern, resolveArguments(args, loc), loc);
    }

    @Override
    protected String formatMessage(String msg, Object[] args, Locale locale) {
        if (msg == null || ObjectUtils.isEmpty(args)) {
            return msg;
        }
        Locale loc = locale == null ? Locale.getDefault() : locale;
        return format(msg, resolveArguments(args, loc), loc);
    }

    /** Formats an ICU pattern in a language, with the arguments written the one way. */
    public String format(String pattern, Object[] args, Locale locale) {
        Compiled c = compiled.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(pattern, p -> compile(p, locale));
        Object[] prepared = args.clone();
        for (int i = c.plainArguments().nextSetBit(0);
                i >= 0 && i < prepared.length;
                i = c.plainArguments().nextSetBit(i + 1)) {
            prepared[i] = plain(prepared[i], locale);
        }
        for (int i = c.countArguments().nextSetBit(0);
                i >= 0 && i < prepared.length;
                i = c.countArguments().nextSetBit(i + 1)) {
            prepared[i] = count(prepared[i]);
        }
        synchronized (c.format()) {
            return c.format().format(prepared);
        }
    }

    private static Compiled compile(String pattern, Locale locale) {
        MessagePattern parsed = new MessagePattern(pattern);
        BitSet alone = new BitSet();
        BitSet typed = new BitSet();
        BitSet counts = new BitSet();
        for (int i = 0; i < parsed.countParts() - 1; i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part name = parsed.getPart(i + 1);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && name.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                MessagePattern.ArgType type = part.getArgType();
                (type == MessagePattern.ArgType.NONE ? alone : typed).set(name.getValue());
                if (type.hasPluralStyle() || type == MessagePattern.ArgType.CHOICE) {
                    counts.set(name.getValue());
                }
            }
        }
        alone.andNot(typed);
        return new Compiled(new MessageFormat(pattern, ULocale.forLocale(locale)), alone, counts);
    }

    /** A count given as text (“3”) as the number a plural needs; anything else as it is. */
    static Object count(Object value) {
        if (value instanceof CharSequence text) {
            try {
                return new BigDecimal(text.toString().trim());
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /** An argument that stands alone in a text, as text. */
    static Object plain(Object value, Locale locale) {
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Number n) {
            NumberFormat f = NumberFormat.getInstance(ULocale.forLocale(locale));
            if (f instanceof DecimalFormat d) {
                d.setMinimumGroupingDigits(DecimalFormat.MINIMUM_GROUPING_DIGITS_MIN2);
            }
            return f.format(n);
        }
        String time = TimeFormat.text(value, locale);
        return time == null ? value : time;
    }
}
