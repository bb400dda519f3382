package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.support.IntegrationTest;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A code reaches a page as its label in the reader's language, and a choice list is sorted by those
 * labels as the reader's language sorts them; a scale or a life cycle keeps its own order.
 */
@IntegrationTest
class LabelsTests {

    @Autowired
    Labels labels;

    @Autowired
    Catalogues catalogues;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCodeIsShownByItsLabelInTheReadersLanguageAndNeverAsAKey() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        assertThat(labels.code("disruption.severity", "SEVERE")).isEqualTo("Allvarlig");
        assertThat(labels.code("emphasis", "EARLY_INTERVENTION")).isEqualTo("Tidigt ingripande");
        assertThat(labels.catalogue("resource-types", "TRACTOR_LOADER")).isEqualTo("Traktor med frontlastare");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fi"));
        assertThat(labels.code("disruption.severity", "SEVERE")).isEqualTo("Vakava");
        // a code the family does not know shows as itself, not as ??disruption.severity.X_fi??
        assertThat(labels.code("disruption.severity", "UNHEARD_OF")).isEqualTo("UNHEARD_OF");
    }

    @Test
    void choicesAreSortedByTheirLabelsInTheReadersLanguage() {
        for (String lang : List.of("fi", "sv", "en")) {
            Locale locale = Locale.forLanguageTag(lang);
            LocaleContextHolder.setLocale(locale);
            assertSorted(lang + " emphases", labels.options("emphasis"), locale);
            assertSorted(lang + " themes", catalogues.options("themes"), locale);
            assertSorted(lang + " target groups", catalogues.options("target-groups"), locale);
            assertSorted(lang + " disruption kinds", labels.options("disruption.kind"), locale);
            Object res = context.getBean("res");
            @SuppressWarnings("unchecked")
            List<Option> types = (List<Option>) invoke(res, "typeOptions");
            assertSorted(lang + " resource types", types, locale);
        }
        // in Swedish the order is not the Finnish one
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
        List<String> sv = labels.options("emphasis").stream().map(Option::value).toList();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fi"));
        List<String> fi = labels.options("emphasis").stream().map(Option::value).toList();
        assertThat(sv).isNotEqualTo(fi);
    }

    @Test
    void aScaleOrALifeCycleKeepsItsOwnOrder() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fi"));
        assertThat(labels.options("measure.status").stream().map(Option::value))
                .containsExactly("PLANNED", "ONGOING", "DONE", "CANCELLED");
        assertThat(labels.options("disruption.severity").stream().map(Option::value))
                .containsExactly("MINOR", "MODERATE", "SEVERE", "EXTREME");
    }

    private static void assertSorted(String what, List<Option> options, Locale locale) {
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.SECONDARY);
        List<String> labels = options.stream().map(Option::label).toList();
        assertThat(labels).as(what).isNotEmpty().isSortedAccordingTo(c::compare);
    }

    private static Object invoke(Object bean, String method) {
        try {
            return bean.getClass().getMethod(method).invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
