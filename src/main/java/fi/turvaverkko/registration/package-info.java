/**
 * The front door of the network (goals 5 and 6 of the seed): an NGO, parish or business registers
 * its organisation and a first user, confirms its e-mail address with a single-use link and is
 * approved or rejected by the coordinator of its region; its users then ask to join groups, propose
 * measures to the action list and offer resources to the registry, each a request that the
 * coordinator (or, for a group, its chair) answers, with mail to the asker. The three kinds of request
 * go through one workflow (submitted, decided once with a reason, handed over); no other module uses
 * this one, so everything in it is internal.
 */
@ApplicationModule(
        displayName = "Registration",
        allowedDependencies = {"network", "identity", "platform", "shared", "resources", "planning"})
package fi.turvaverkko.registration;

import org.springframework.modulith.ApplicationModule;
