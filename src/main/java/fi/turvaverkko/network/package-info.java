/**
 * The cooperation network of slides 3–6 of the seed: areas (country, region, sub-region,
 * municipality), actors and their contact persons, cooperation groups with the groups they report
 * to, memberships, and meetings with their numbered items, minutes and action items. It draws the
 * organisation chart from this data and lets the lead actor's coordinator keep it. Other modules
 * read it through the facades at its root (Areas, Actors, Groups, Meetings, NetworkAccess), in
 * batches, and in SQL through the views network.v_area and network.v_actor.
 */
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {"identity", "platform", "shared"})
package fi.turvaverkko.network;

import org.springframework.modulith.ApplicationModule;
