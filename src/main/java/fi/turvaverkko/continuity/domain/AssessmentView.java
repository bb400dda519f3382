package fi.turvaverkko.continuity.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An organisation's self-assessment; only the organisation's own users ever see it. {@code status}
 * is IN_PROGRESS (saved, may be continued) or SUBMITTED (final, with results). {@code answered} of
 * {@code total} questions have a score; {@code overall} is the mean of the section scores (0–4) once
 * submitted.
 */
public record AssessmentView(
        String id,
        String actorId,
        String questionnaireId,
        String questionnaireCode,
        Integer questionnaireVersion,
        String status,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        Integer answered,
        Integer total,
        BigDecimal overall,
        List<AnswerView> answers,
        Long version) {

    public boolean isSubmitted() {
        return "SUBMITTED".equals(status);
    }
}
