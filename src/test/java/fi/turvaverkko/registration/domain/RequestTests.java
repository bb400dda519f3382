package fi.turvaverkko.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The one workflow of every request: submitted, then decided once, approved with what it handed over
 * or rejected with a reason; a second decision is a conflict.
 */
class RequestTests {

    static Request pending(RequestKind kind) {
        return new Request(
                7L,
                kind,
                42L,
                19L,
                3L,
                RequestStatus.PENDING,
                OffsetDateTime.now().minusDays(1),
                null,
                null,
                null,
                null,
                2L);
    }

    @Test
    void anApprovalRecordsWhoDecidedAndWhatWasHandedOver() {
        Request r = pending(RequestKind.JOIN);
        Request approved = r.approve("coordinator", "501");
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("coordinator");
        assertThat(approved.resultId()).isEqualTo("501");
        assertThat(approved.reason()).isNull();
        assertThat(approved.decidedAt()).isAfterOrEqualTo(r.createdAt());
        assertThat(approved.version()).isEqualTo(3L);
        assertThat(approved.pending()).isFalse();
        // what the request was stays as it was
        assertThat(approved)
                .extracting(Request::id, Request::kind, Request::actorId, Request::regionId, Request::requestedBy)
                .containsExactly(7L, RequestKind.JOIN, 42L, 19L, 3L);
        assertThat(r.pending()).isTrue();
    }

    @Test
    void aRejectionKeepsItsReasonTrimmedAndHandsNothingOver() {
        Request rejected = pending(RequestKind.OFFER).reject("pj", "  Kalusto on jo rekisterissä.  ");
        assertThat(rejected.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Kalusto on jo rekisterissä.");
        assertThat(rejected.resultId()).isNull();
        assertThat(rejected.decidedBy()).isEqualTo("pj");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedOnTheReasonField() {
        for (String reason : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> pending(RequestKind.PROPOSAL).reject("coordinator", reason))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .extracting(Problem::field, Problem::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "validation.required")));
        }
    }

    @Test
    void aReasonHasItsLimit() {
        assertThat(Request.reasonOf("x".repeat(Request.MAX_REASON))).hasSize(Request.MAX_REASON);
        assertThatThrownBy(() -> Request.reasonOf("x".repeat(Request.MAX_REASON + 1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("validation.size"));
    }

    @Test
    void aRequestIsDecidedOnce() {
        Request approved = pending(RequestKind.JOIN).approve("coordinator", "1");
        Request rejected = pending(RequestKind.JOIN).reject("coordinator", "Ei.");
        for (Request decided : new Request[] {approved, rejected}) {
            assertThatThrownBy(() -> decided.approve("coordinator", "2"))
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.request.decided");
            assertThatThrownBy(() -> decided.reject("coordinator", "Toisen kerran."))
                    .isInstanceOf(ConflictException.class);
            assertThatThrownBy(decided::requirePending).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void aDecidedRequestIsAConflictBeforeItsMissingReasonIsNoticed() {
        Request approved = pending(RequestKind.JOIN).approve("coordinator", "1");
        assertThatThrownBy(() -> approved.reject("coordinator", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theStatusFilterTakesTheThreeStatesOrNothing() {
        assertThat(RequestStatus.filter(null)).isNull();
        assertThat(RequestStatus.filter(" ")).isNull();
        assertThat(RequestStatus.filter("PENDING")).isEqualTo("PENDING");
        assertThatThrownBy(() -> RequestStatus.filter("pending"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("status"));
        assertThatThrownBy(() -> RequestStatus.filter("DONE")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void eachKindHasItsTablePathAndSortFields() {
        assertThat(RequestKind.JOIN.table()).isEqualTo("registration.join_request");
        assertThat(RequestKind.PROPOSAL.table()).isEqualTo("registration.measure_proposal");
        assertThat(RequestKind.OFFER.table()).isEqualTo("registration.resource_offer");
        assertThat(RequestKind.JOIN.sortable()).containsOnlyKeys("createdAt", "status");
        assertThat(RequestKind.PROPOSAL.sortable()).containsEntry("title", "t.title");
        assertThat(RequestKind.OFFER.sortable()).containsEntry("name", "t.name");
        assertThat(RequestKind.JOIN.answeredInGroups()).isTrue();
        assertThat(RequestKind.OFFER.answeredInGroups()).isFalse();
        for (RequestKind k : RequestKind.values()) {
            assertThat(RequestDesk.kind(k.path().substring(1))).isEqualTo(k);
        }
        assertThatThrownBy(() -> RequestDesk.kind("registrations")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void idFiltersAreIdsOrRefusedAndBlankMeansNone() {
        assertThat(RequestWorkflow.idOrInvalid("actorId", null)).isNull();
        assertThat(RequestWorkflow.idOrInvalid("actorId", "")).isNull();
        assertThat(RequestWorkflow.idOrInvalid("actorId", "12")).isEqualTo(12L);
        assertThatThrownBy(() -> RequestWorkflow.idOrInvalid("groupId", "kaikki"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("groupId"));
    }
}
