package fi.turvaverkko.planning.actionlist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.planning.MeasureDraft;
import fi.turvaverkko.planning.MeasureView;
import fi.turvaverkko.planning.MeasureView.Cost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands in: what a command keeps of the view a client sends back, and of another module's draft. */
class MeasureCommandTests {

    static final MeasureView VIEW = new MeasureView(
            "5",
            "7",
            "A1",
            "Otsikko",
            "Rubrik",
            "Kuvaus",
            "Beskrivning",
            "3",
            List.of("4"),
            List.of("698"),
            List.of("VILLAGES"),
            List.of("FIRE_SAFETY"),
            "PREVENTION",
            List.of("9"),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            "ONGOING",
            true,
            40,
            LocalDate.of(2026, 5, 1),
            "STATE_GRANT",
            2026,
            2026,
            2027,
            null,
            "3",
            List.of(new Cost(2026, BigDecimal.ONE, null)),
            "11",
            "EXERCISE_LESSON",
            "x-1",
            6L);

    @Test
    void theCommandOfAViewKeepsTheWritableFieldsAndTheVersionAndNothingDerived() {
        MeasureCommand c = MeasureCommand.of(VIEW);
        assertThat(c.programmeId()).isEqualTo("7");
        assertThat(c.title()).isEqualTo("Otsikko");
        assertThat(c.partnerActorIds()).containsExactly("4");
        assertThat(c.status()).isEqualTo("ONGOING");
        assertThat(c.costs()).containsExactly(new Cost(2026, BigDecimal.ONE, null));
        assertThat(c.costCarrierActorId()).isEqualTo("3");
        assertThat(c.sourceActionItemId()).isEqualTo("11");
        assertThat(c.version()).isEqualTo(6L);
        // a command has no place for what only the server sets
        assertThat(MeasureCommand.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("id", "delayed", "lastProgressOn", "sourceType", "sourceId");
    }

    @Test
    void anotherModulesDraftBecomesAPlannedMeasureWithoutCostsOrGoals() {
        MeasureDraft d = new MeasureDraft(
                "Ehdotus",
                "Kuvaus",
                "3",
                List.of("4"),
                List.of("698"),
                List.of("EXCLUSION"),
                List.of("FAMILIES"),
                "EARLY_INTERVENTION",
                LocalDate.of(2026, 3, 1),
                null,
                null);
        MeasureCommand c = MeasureCommand.of(d);
        assertThat(c.status()).isEqualTo("PLANNED");
        assertThat(c.programmeId()).isNull();
        assertThat(c.goalIds()).isEmpty();
        assertThat(c.costs()).isEmpty();
        assertThat(c.themes()).containsExactly("EXCLUSION");
        assertThat(c.targetGroups()).containsExactly("FAMILIES");
        assertThat(c.emphasis()).isEqualTo("EARLY_INTERVENTION");
        assertThat(c.progressPercent()).isNull();
        assertThat(c.version()).isNull();
    }

    @Test
    void aProgressCommandIsTheReportAsSentWithoutWhoAndWhen() {
        ProgressView v = new ProgressView(
                "1",
                "5",
                LocalDate.of(2026, 2, 2),
                "DONE",
                100,
                "Valmis",
                new BigDecimal("12.5"),
                java.time.OffsetDateTime.now(),
                "someone");
        assertThat(ProgressCommand.of(v))
                .isEqualTo(
                        new ProgressCommand(LocalDate.of(2026, 2, 2), "DONE", 100, "Valmis", new BigDecimal("12.5")));
    }
}
