package fi.turvaverkko.continuity.domain;

import java.util.List;

/** Answers to save, all or some: the body of {@code PUT /api/v1/continuity/assessments/{id}/answers}. */
public record AnswersCommand(List<AnswerView> answers) {}
