package fi.turvaverkko.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a JSON body must be text PostgreSQL can keep as it is: a NUL character ({@code \u0000})
 * or half of a surrogate pair ({@code \ud800} alone) is refused with 400 naming the field. Without
 * this the NUL failed in the database (409) and the lone surrogate was stored as "?".
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

    @Bean
    JacksonModule strictText() {
        return new SimpleModule("strict-text").addDeserializer(String.class, new Strict());
    }

    /** Whether every character can be stored: no NUL, and surrogates only in pairs. */
    static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Jackson's own string reading, then the check; refused text is an {@link InvalidFormatException}. */
    static final class Strict extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (s != null && !storable(s)) {
                throw InvalidFormatException.from(p, "text with a NUL or an unpaired surrogate", s, String.class);
            }
            return s;
        }
    }
}
