package fi.turvaverkko.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What identity needs to know about actors to work out a user's rights; the network module, which
 * owns actors, provides it (so identity does not depend on network).
 */
public interface ActorDirectory {

    /** Facts about the given actors; unknown ids are left out. */
    Map<Long, ActorFacts> facts(Collection<Long> actorIds);

    /** Actors whose name contains the text, for choosing whom a user acts for. */
    List<ActorFacts> search(String text, int limit);

    /**
     * @param authority the actor is an authority (docs/rights.md)
     * @param regionId the region of its home area
     * @param leadOfRegionIds the regions it leads as their lead actor
     */
    record ActorFacts(long actorId, String name, boolean authority, Long regionId, Set<Long> leadOfRegionIds) {}
}
