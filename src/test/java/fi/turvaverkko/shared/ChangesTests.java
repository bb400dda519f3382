package fi.turvaverkko.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change is recorded the same way wherever it is made: field → {before, after}, only what differs. */
class ChangesTests {

    record Thing(String title, LocalDate ends, List<String> areas, Map<String, Integer> impacts, Long version) {}

    @Test
    void anUpdateRecordsEachChangedFieldAsBeforeAndAfter() {
        Thing before = new Thing("Vanha", LocalDate.of(2026, 12, 31), List.of("698"), Map.of("deaths", 2), 1L);
        Thing after = new Thing("Uusi", LocalDate.of(2027, 12, 31), List.of("698"), Map.of("deaths", 3), 2L);
        Map<String, Object> diff = Changes.between(before, after);
        assertThat(diff).containsOnlyKeys("title", "ends", "impacts");
        assertThat(diff.get("title")).isEqualTo(Map.of("before", "Vanha", "after", "Uusi"));
        assertThat(diff.get("ends")).isEqualTo(Map.of("before", "2026-12-31", "after", "2027-12-31"));
        assertThat(diff.get("impacts")).isEqualTo(Map.of("before", Map.of("deaths", 2), "after", Map.of("deaths", 3)));
    }

    @Test
    void aSingleFieldsChangeIsRecordedAlike() {
        assertThat(Changes.change("ACTIVE", "CLOSED")).isEqualTo(Map.of("before", "ACTIVE", "after", "CLOSED"));
        assertThat(Changes.change(null, "OPEN")).containsEntry("before", null).containsEntry("after", "OPEN");
    }

    @Test
    void aCreateOrADeleteRecordsTheValuesWithoutTheVersion() {
        Thing t = new Thing("Uusi", null, List.of(), Map.of(), 3L);
        assertThat(Changes.created(t)).containsOnlyKeys("title", "ends", "areas", "impacts");
        assertThat(Changes.deleted(t)).containsEntry("title", "Uusi");
    }
}
