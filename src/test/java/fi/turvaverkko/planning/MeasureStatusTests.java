package fi.turvaverkko.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.planning.domain.ProgrammeStatus;
import fi.turvaverkko.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The lifecycles of measures and programmes, and which emphases count as preventive. */
class MeasureStatusTests {

    @Test
    void aMeasureIsStartedBeforeItIsDoneAndDoneOrCancelledIsFinal() {
        assertThat(MeasureStatus.PLANNED.canBecome(MeasureStatus.ONGOING)).isTrue();
        assertThat(MeasureStatus.PLANNED.canBecome(MeasureStatus.CANCELLED)).isTrue();
        assertThat(MeasureStatus.ONGOING.canBecome(MeasureStatus.DONE)).isTrue();
        assertThat(MeasureStatus.PLANNED.canBecome(MeasureStatus.DONE)).isFalse();
        assertThat(MeasureStatus.DONE.canBecome(MeasureStatus.ONGOING)).isFalse();
        assertThat(MeasureStatus.CANCELLED.canBecome(MeasureStatus.PLANNED)).isFalse();
        assertThat(MeasureStatus.DONE.canBecome(MeasureStatus.DONE)).isTrue();
        assertThatThrownBy(() -> MeasureStatus.DONE.moveTo(MeasureStatus.ONGOING, "status"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409));
    }

    @Test
    void aProgrammeIsApprovedOnceAndArchivedAfter() {
        assertThat(ProgrammeStatus.DRAFT.after("approve")).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(ProgrammeStatus.APPROVED.after("archive")).isEqualTo(ProgrammeStatus.ARCHIVED);
        assertThatThrownBy(() -> ProgrammeStatus.DRAFT.after("archive")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ProgrammeStatus.ARCHIVED.after("approve")).isInstanceOf(DomainException.class);
        assertThatThrownBy(ProgrammeStatus.APPROVED::requireGoalsEditable).isInstanceOf(DomainException.class);
    }

    @Test
    void theFourEmphasesOfSlideSevenArePreventiveAndCorrectiveWorkIsNot() {
        assertThat(Emphasis.isPreventive("PREVENTION")).isTrue();
        assertThat(Emphasis.isPreventive("EARLY_INTERVENTION")).isTrue();
        assertThat(Emphasis.isPreventive("EVERYDAY_SAFETY")).isTrue();
        assertThat(Emphasis.isPreventive("EXCLUSION_PREVENTION")).isTrue();
        assertThat(Emphasis.isPreventive("CORRECTIVE")).isFalse();
        assertThat(Emphasis.isPreventive("UNKNOWN")).isFalse();
    }
}
