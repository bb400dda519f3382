package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.GroupView;
import java.time.LocalDate;

/**
 * The fields of a cooperation group a caller sets: the area by id or by code (both must then
 * agree); {@code version} is the one the caller read, checked on update.
 */
public record GroupCommand(
        String name,
        String nameSv,
        String kind,
        String ownerActorId,
        String reportsToId,
        String mandate,
        String tasks,
        LocalDate termStart,
        LocalDate termEnd,
        String areaId,
        String areaCode,
        Long version) {

    /** The writable fields of a group as the API and the form send it; the rest is ignored. */
    public static GroupCommand of(GroupView g) {
        return new GroupCommand(
                g.name(),
                g.nameSv(),
                g.kind(),
                g.ownerActorId(),
                g.reportsToId(),
                g.mandate(),
                g.tasks(),
                g.termStart(),
                g.termEnd(),
                g.areaId(),
                g.areaCode(),
                g.version());
    }
}
