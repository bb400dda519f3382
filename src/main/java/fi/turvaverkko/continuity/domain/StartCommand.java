package fi.turvaverkko.continuity.domain;

/**
 * Starts an assessment: the organisation (may be left out when the user acts for one only) and the
 * questionnaire version (left out: the newest version meant for the organisation's sector).
 */
public record StartCommand(String actorId, String questionnaireId) {}
