package fi.turvaverkko.continuity.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A questionnaire version as the API returns it (and as {@code POST} takes a new version, without
 * the read-only {@code id}, {@code version}, {@code status} and {@code publishedAt}). {@code code}
 * names the family (BCM, BCM_LIGHT); {@code variant} is FULL or LIGHT; {@code audience} lists the
 * sectors it is meant for. Texts are in Finnish with {@code …Sv} and {@code …En} translations.
 */
public record QuestionnaireView(
        String id,
        String code,
        Integer version,
        String variant,
        String status,
        String title,
        String titleSv,
        String titleEn,
        String description,
        String descriptionSv,
        String descriptionEn,
        List<String> audience,
        OffsetDateTime publishedAt,
        List<Section> sections) {

    /** A section (area) of the questionnaire with its questions. */
    public record Section(
            String code,
            String title,
            String titleSv,
            String titleEn,
            String description,
            String descriptionSv,
            String descriptionEn,
            List<Question> questions) {

        @JsonIgnore
        public String localTitle() {
            return new Text(title, titleSv, titleEn).local();
        }

        @JsonIgnore
        public String localDescription() {
            return new Text(description, descriptionSv, descriptionEn).local();
        }
    }

    /** A question rated on maturity 0–4, with guidance for every level and a suggested improvement. */
    public record Question(
            String id,
            String code,
            String text,
            String textSv,
            String textEn,
            List<Level> levels,
            Suggestion suggestion) {

        @JsonIgnore
        public String localText() {
            return new Text(text, textSv, textEn).local();
        }
    }

    /** What a maturity level means for this question. */
    public record Level(Integer level, String text, String textSv, String textEn) {

        @JsonIgnore
        public String localText() {
            return new Text(text, textSv, textEn).local();
        }
    }

    /** The improvement a low score suggests, which the organisation may adopt as its own measure. */
    public record Suggestion(
            String title,
            String titleSv,
            String titleEn,
            String description,
            String descriptionSv,
            String descriptionEn) {

        @JsonIgnore
        public String localTitle() {
            return new Text(title, titleSv, titleEn).local();
        }

        @JsonIgnore
        public String localDescription() {
            return new Text(description, descriptionSv, descriptionEn).local();
        }
    }

    @JsonIgnore
    public String localTitle() {
        return new Text(title, titleSv, titleEn).local();
    }

    @JsonIgnore
    public String localDescription() {
        return new Text(description, descriptionSv, descriptionEn).local();
    }

    @JsonIgnore
    public int questionCount() {
        return sections == null
                ? 0
                : sections.stream().mapToInt(s -> s.questions().size()).sum();
    }

    /** The same without its sections, for lists. */
    public QuestionnaireView summary() {
        return new QuestionnaireView(
                id,
                code,
                version,
                variant,
                status,
                title,
                titleSv,
                titleEn,
                description,
                descriptionSv,
                descriptionEn,
                audience,
                publishedAt,
                null);
    }
}
