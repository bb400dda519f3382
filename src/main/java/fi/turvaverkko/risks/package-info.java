/**
 * The regional risk assessment (goals 7 and 8 of the seed): likelihood and impact scales that a
 * region defines, risk scenarios with their areas, owner, review date, impacts per dimension,
 * reliability, score and residual score, the measures that mitigate them and the resource types
 * they would need, and the risk matrix. Restricted scenarios exist only for authority users. Its API
 * is {@code RiskScenarioService} (scenarios as the caller may see them, the matrix counts) with
 * {@code RiskScenarioView} and {@code RiskMatrix}; SQL reads the views {@code risks.v_scenario} and
 * its link views. Inside, {@code domain.ScenarioService} takes {@code ScenarioCommand}s checked by
 * {@code ScenarioRules}, and {@code ScenarioRating} owns the rule of the scores. A read of a
 * restricted scenario is reported to the audit log, and {@code RiskAuditRedaction} hides a restricted
 * scenario's recorded values from those who may not read it (ADR 0024).
 */
@ApplicationModule(
        displayName = "Risks",
        allowedDependencies = {"network", "planning", "identity", "platform", "shared"})
package fi.turvaverkko.risks;

import org.springframework.modulith.ApplicationModule;
