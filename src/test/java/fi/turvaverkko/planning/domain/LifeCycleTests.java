package fi.turvaverkko.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.planning.ProgrammeView;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The state machines of the programmes' side: a programme's (draft, approved, archived) and a yearly
 * wellbeing report's (draft, approved), each refusing what its state does not allow with 409; and
 * which action list is a region's current one.
 */
class LifeCycleTests {

    @Test
    void onlyADraftIsApprovedAndOnlyAnApprovedProgrammeIsArchived() {
        assertThat(ProgrammeStatus.DRAFT.after("approve")).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(ProgrammeStatus.APPROVED.after("archive")).isEqualTo(ProgrammeStatus.ARCHIVED);
        for (String action : new String[] {"approve", "archive", "publish", ""}) {
            for (ProgrammeStatus s : ProgrammeStatus.values()) {
                boolean allowed = (s == ProgrammeStatus.DRAFT && action.equals("approve"))
                        || (s == ProgrammeStatus.APPROVED && action.equals("archive"));
                if (!allowed) {
                    assertThatThrownBy(() -> s.after(action))
                            .isInstanceOf(ConflictException.class)
                            .satisfies(e -> {
                                DomainException d = (DomainException) e;
                                assertThat(d.status()).isEqualTo(409);
                                assertThat(d.messageKey()).isEqualTo("error.programme.transition");
                                assertThat(d.args()).containsExactly(s.name(), action);
                            });
                }
            }
        }
    }

    @Test
    void goalsChangeOnlyInADraftAndOnlyADraftIsDeleted() {
        assertThatCode(ProgrammeStatus.DRAFT::requireGoalsEditable).doesNotThrowAnyException();
        assertThatCode(ProgrammeStatus.DRAFT::requireDeletable).doesNotThrowAnyException();
        for (ProgrammeStatus s : new ProgrammeStatus[] {ProgrammeStatus.APPROVED, ProgrammeStatus.ARCHIVED}) {
            assertThatThrownBy(s::requireGoalsEditable)
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.programme.goalsLocked");
            assertThatThrownBy(s::requireDeletable)
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.programme.deleteApproved");
        }
    }

    @Test
    void nothingOfAnArchivedProgrammeChanges() {
        assertThatCode(ProgrammeStatus.DRAFT::requireNotArchived).doesNotThrowAnyException();
        assertThatCode(ProgrammeStatus.APPROVED::requireNotArchived).doesNotThrowAnyException();
        assertThatThrownBy(ProgrammeStatus.ARCHIVED::requireNotArchived)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.programme.archived");
    }

    @Test
    void aReportIsEditedAsADraftAndApprovedOnce() {
        assertThat(ReportStatus.DRAFT.approve()).isEqualTo(ReportStatus.APPROVED);
        assertThatCode(ReportStatus.DRAFT::requireDraft).doesNotThrowAnyException();
        assertThatThrownBy(ReportStatus.APPROVED::approve)
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.report.approved");
        assertThatThrownBy(ReportStatus.APPROVED::requireDraft).isInstanceOf(ConflictException.class);
        assertThat(ReportStatus.of("APPROVED")).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void theCurrentActionListIsAnApprovedOneRunningTodayThenADraftRunningTodayThenAnotherApprovedOne() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        ProgrammeView approvedNow = list("APPROVED", "2026-01-01", "2028-12-31");
        ProgrammeView draftNow = list("DRAFT", "2026-01-01", null);
        ProgrammeView approvedOld = list("APPROVED", "2022-01-01", "2025-12-31");
        ProgrammeView draftLater = list("DRAFT", "2027-01-01", "2029-12-31");
        ProgrammeView timeless = list("APPROVED", null, null);
        assertThat(ProgrammeService.currentness(approvedNow, today)).isZero();
        assertThat(ProgrammeService.currentness(timeless, today)).isZero();
        assertThat(ProgrammeService.currentness(draftNow, today)).isEqualTo(1);
        assertThat(ProgrammeService.currentness(approvedOld, today)).isEqualTo(2);
        assertThat(ProgrammeService.currentness(draftLater, today)).isEqualTo(3);
        // the first and the last day of the period are in it
        assertThat(ProgrammeService.currentness(list("APPROVED", "2026-06-01", "2026-06-01"), today))
                .isZero();
    }

    @Test
    void aPlansYearsAreThoseOfItsPeriodAtMostTwelve() {
        assertThat(WellbeingService.years(plan("2025-06-01", "2029-05-31")))
                .containsExactly(2025, 2026, 2027, 2028, 2029);
        assertThat(WellbeingService.years(plan("2000-01-01", "2100-12-31")))
                .hasSize(12)
                .startsWith(2000);
        assertThat(WellbeingService.years(plan("2026-01-01", null))).containsExactly(2026, 2027, 2028, 2029);
    }

    private static ProgrammeView list(String status, String start, String end) {
        return programme("ACTION_LIST", status, start, end);
    }

    private static ProgrammeView plan(String start, String end) {
        return programme("WELLBEING_PLAN", "APPROVED", start, end);
    }

    private static ProgrammeView programme(String kind, String status, String start, String end) {
        return new ProgrammeView(
                "1",
                kind,
                "P",
                null,
                null,
                null,
                "1",
                null,
                "1",
                "19",
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                status,
                null,
                null,
                null,
                null,
                ProgrammeView.PUBLIC,
                null,
                null,
                0L);
    }
}
