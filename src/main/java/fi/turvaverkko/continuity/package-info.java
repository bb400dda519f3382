/**
 * Business continuity self-assessment (goal 6 of the seed): questionnaires kept as data in versions
 * (a full one built on ISO 22301 and the Finnish maturity-analysis practice, and a lighter one for
 * NGOs, parishes and municipalities), an organisation's own assessments that it saves and comes
 * back to, its results with the weakest points first and suggested improvements it can adopt as its
 * own measures, its report as PDF, and for the region only anonymous aggregates by sector and
 * sub-region that never reveal fewer than three respondents. Answers are seen by the organisation's
 * own users only.
 *
 * <p>Its API is {@code AggregateService} with {@code AggregateView}, read by the dashboard; the
 * questionnaires, assessments and their services are internal ({@code domain}).
 */
@ApplicationModule(
        displayName = "Continuity",
        allowedDependencies = {"network", "planning", "identity", "platform", "shared"})
package fi.turvaverkko.continuity;

import org.springframework.modulith.ApplicationModule;
