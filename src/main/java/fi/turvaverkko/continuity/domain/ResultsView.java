package fi.turvaverkko.continuity.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The results of a submitted assessment, in the caller's language: a score (mean maturity 0–4) per
 * section and overall, and every question below the top level with the weakest first, each with the
 * improvement it suggests and, once adopted, the measure it became.
 */
public record ResultsView(
        String assessmentId,
        String actorId,
        String questionnaireId,
        String questionnaireTitle,
        OffsetDateTime submittedAt,
        BigDecimal overall,
        List<SectionResult> sections,
        List<WeakPoint> weakest) {

    /** A section's score and how many questions it has. */
    public record SectionResult(String code, String title, BigDecimal score, int questions) {

        /** The score as a share of the top level, for bar widths. */
        public int percent() {
            return score.multiply(BigDecimal.valueOf(25)).intValue();
        }
    }

    /** A question answered below the top level, with its suggested improvement. */
    public record WeakPoint(
            String questionId,
            String questionCode,
            String sectionCode,
            String sectionTitle,
            String question,
            int score,
            String level,
            String suggestionId,
            String suggestionTitle,
            String suggestionDescription,
            String adoptedMeasureId) {}

    /** The weakest section first. */
    public List<SectionResult> sectionsWeakestFirst() {
        return sections.stream()
                .sorted(java.util.Comparator.comparing(SectionResult::score))
                .toList();
    }
}
