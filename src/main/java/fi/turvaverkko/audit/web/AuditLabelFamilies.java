package fi.turvaverkko.audit.web;

import fi.turvaverkko.audit.domain.AuditLog;
import fi.turvaverkko.platform.LabelFamilies;
import fi.turvaverkko.platform.LabelFamily;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The codes the audit page shows by their labels (ADR 0016): the kinds of items every module records,
 * the actions, the channels, yes and no, and the users that are no one (the application itself, a
 * visitor who has not logged in). A module that records a new item type or action adds it here;
 * {@code AuditLabelsTests} finds the ones the code records and the log holds.
 */
@Configuration(proxyBeanMethods = false)
class AuditLabelFamilies {

    /** Every item type an entry may name, with {@link AuditLog#REQUEST} for the reads of a request. */
    static final List<String> ITEM_TYPES = List.of(
            AuditLog.REQUEST,
            "ACTION_ITEM",
            "ACTOR",
            "API_TOKEN",
            "AREA",
            "ATTACHMENT",
            "CATALOGUE_ENTRY",
            "CONTACT_PERSON",
            "CONTINUITY_ASSESSMENT",
            "CONTINUITY_QUESTIONNAIRE",
            "DISRUPTION",
            "EXERCISE",
            "EXERCISE_LESSON",
            "EXERCISE_OBSERVATION",
            "FINDING",
            "GOAL",
            "GOAL_LINK",
            "GROUP",
            "INDICATOR",
            "INDICATOR_TARGET",
            "INDICATOR_VALUE",
            "JOIN_REQUEST",
            "LOG_ENTRY",
            "MEASURE",
            "MEASURE_PROPOSAL",
            "MEETING",
            "MEETING_ITEM",
            "MEMBERSHIP",
            "PROGRAMME",
            "PROGRESS_UPDATE",
            "REGISTRATION",
            "RESOURCE",
            "RESOURCE_COMMITMENT",
            "RESOURCE_OFFER",
            "RESOURCE_REQUEST",
            "RESOURCE_TYPE",
            "RISK_SCALE",
            "RISK_SCENARIO",
            "SITUATION_REPORT",
            "USER",
            "WELLBEING_REPORT");

    /** Every action an entry may record: the changes, the reads and each module's lifecycle verbs. */
    static final List<String> ACTIONS = List.of(
            "CREATE",
            "UPDATE",
            "DELETE",
            "IMPORT",
            AuditLog.READ,
            "ADOPT_SUGGESTION",
            "APPROVED",
            "ARCHIVED",
            "CANCEL",
            "CAP_UPDATE",
            "CHANGE_PASSWORD",
            "CONFIRM",
            "CONVERT",
            "DECIDE",
            "DEPLOYED",
            "HELD",
            "LINK_MEASURE",
            "PUBLISH",
            "PUBLISHED",
            "RELEASED",
            "REVOKE",
            "SAVE_ANSWERS",
            "STATUS",
            "SUBMIT",
            "TO_MEASURE",
            "UNLINK_MEASURE",
            "VERIFY",
            "WITHDRAW");

    /** Where an entry came from: a page, the API, or the application's own work. */
    static final List<String> CHANNELS = List.of("UI", "API", "SYSTEM");

    /** The names {@link AuditLog} writes for no user: the application itself and a visitor. */
    static final List<String> NO_USER = List.of("system", "anonymous");

    @Bean
    static LabelFamilies auditLabelKeys() {
        return LabelFamilies.of(
                LabelFamily.of("audit.type.{}", ITEM_TYPES),
                LabelFamily.of("audit.action.{}", ACTIONS),
                LabelFamily.ordered("audit.channel.{}", CHANNELS),
                LabelFamily.ordered("audit.value.{}", List.of("true", "false")),
                LabelFamily.ordered("audit.user.{}", NO_USER));
    }
}
