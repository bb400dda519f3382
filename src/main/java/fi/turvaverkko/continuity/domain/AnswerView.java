package fi.turvaverkko.continuity.domain;

/**
 * One answer: the question (by id, as the questionnaire gives it), the maturity score 0–4 (null
 * clears an answer) and an optional note.
 */
public record AnswerView(String questionId, String questionCode, Integer score, String note) {}
