package fi.turvaverkko.resources;

import java.util.Set;

/**
 * Where a disruption is active now: authority users then see the exact locations and 24/7 contacts
 * of resources in those regions. The operations module provides it; without it, none is active.
 */
public interface DisruptionActivity {

    /** Ids of the regions that have a disruption in status ACTIVE. */
    Set<Long> regionsWithActiveDisruption();
}
