package fi.turvaverkko.resources.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a resource is written by: checks what is given (every problem at once, 400), resolves its
 * codes against the catalogue and the network, and places it in both coordinate systems. The UI, the
 * API, the import and an approved resource offer all write through here.
 */
@Component
class ResourceRules {

    static final List<String> AVAILABILITIES = ResourceView.AVAILABILITIES;

    private final ResourceTypes types;
    private final Areas areas;
    private final Actors actors;

    ResourceRules(ResourceTypes types, Areas areas, Actors actors) {
        this.types = types;
        this.areas = areas;
        this.actors = actors;
    }

    /** Checks a resource as given and resolves its codes; {@code before} is the stored one on an update. */
    ResourceRepository.Row resolve(ResourceDraft d, ResourceView before) {
        List<Problem> problems = new ArrayList<>();
        ResourceTypeView type = type(d.typeCode(), before, problems);
        Validation.text(problems, "name", d.name(), true, 200);
        Validation.text(problems, "description", d.description(), false, 4000);
        Validation.text(problems, "contact247", d.contact247(), false, 300);
        if (d.quantity() == null) {
            problems.add(Problem.field("quantity", "validation.required"));
        } else if (d.quantity() < 0 || d.quantity() > 1_000_000) {
            problems.add(Problem.field("quantity", "error.resource.quantity"));
        }
        Long ownerId = owner(d.ownerActorId(), before, problems);
        AreaView area = area(d.areaCode(), problems);
        Double lat = d.lat();
        Double lon = d.lon();
        if ((lat == null) != (lon == null)) {
            problems.add(Problem.field(lat == null ? "lat" : "lon", "validation.required"));
        } else if (lat != null && !Validation.inFinland(lat, lon)) {
            problems.add(Problem.field("lat", "error.coordinates.finland"));
        }
        if (before != null && !Boolean.TRUE.equals(before.locationExact()) && lat != null) {
            // a caller who saw only the municipal centre cannot have meant to move the resource there
            lat = null;
            lon = null;
        }
        String availability = code(problems, "availability", d.availability(), "AVAILABLE", AVAILABILITIES);
        String agreement = code(problems, "agreementStatus", d.agreementStatus(), "NONE", ResourceView.AGREEMENTS);
        String confidentiality =
                code(problems, "confidentiality", d.confidentiality(), "PUBLIC", ResourceView.CONFIDENTIALITIES);
        int activation = d.activationMinutes() == null ? 60 : d.activationMinutes();
        if (activation < 0 || activation > 10080) {
            problems.add(Problem.field("activationMinutes", "error.resource.activation"));
        }
        LocalDate verified = Verification.dateOf(
                d.lastVerified(),
                before == null ? null : before.lastVerified(),
                before == null,
                Verification.today(),
                problems);
        InvalidInputException.throwIfAny(problems);
        Placed at = place(area, lat, lon, before);
        long areaId = Long.parseLong(area.id());
        return new ResourceRepository.Row(
                ownerId,
                Long.parseLong(type.id()),
                d.name().trim(),
                Validation.blank(d.description()),
                d.quantity(),
                areaId,
                areas.regionOf(areaId),
                at.lat(),
                at.lon(),
                at.pos(),
                at.areaPos(),
                availability,
                activation,
                Validation.blank(d.contact247()),
                agreement,
                confidentiality,
                verified);
    }

    /** Where a resource is: its own point, else the one it had in the same area, else its area's centre. */
    private record Placed(double lat, double lon, Tm35Fin.GridPoint pos, Tm35Fin.GridPoint areaPos) {}

    private static Placed place(AreaView area, Double lat, Double lon, ResourceView before) {
        Tm35Fin.GridPoint areaPos = area.lat() != null ? Tm35Fin.toGrid(area.lat(), area.lon()) : null;
        if (lat == null) {
            if (before != null
                    && Boolean.TRUE.equals(before.locationExact())
                    && before.areaCode().equals(area.code())) {
                lat = before.lat();
                lon = before.lon();
            } else if (area.lat() != null) {
                lat = area.lat();
                lon = area.lon();
            } else {
                throw new InvalidInputException("lat", "validation.required");
            }
        }
        Tm35Fin.GridPoint pos = Tm35Fin.toGrid(lat, lon);
        if (areaPos == null) {
            // no centre known: a 10 km grid cell stands in for the municipality
            areaPos = new Tm35Fin.GridPoint(
                    Math.round(pos.easting() / 10000) * 10000.0, Math.round(pos.northing() / 10000) * 10000.0);
        }
        return new Placed(lat, lon, pos, areaPos);
    }

    private ResourceTypeView type(String code, ResourceView before, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.field("typeCode", "validation.required"));
            return null;
        }
        ResourceTypeView type = types.findByCode(code).orElse(null);
        boolean keptInactive =
                before != null && type != null && before.typeCode().equals(type.code());
        if (type == null || (!Boolean.TRUE.equals(type.active()) && !keptInactive)) {
            problems.add(Problem.field("typeCode", "error.resource.unknownType", code));
        }
        return type;
    }

    private AreaView area(String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.field("areaCode", "validation.required"));
            return null;
        }
        AreaView area = areas.findByCode(code).orElse(null);
        if (area == null) {
            problems.add(Problem.field("areaCode", "error.area.unknownCode", code));
        } else if ("COUNTRY".equals(area.type()) || "REGION".equals(area.type())) {
            problems.add(Problem.field("areaCode", "error.resource.areaLevel"));
        }
        return area;
    }

    private Long owner(String given, ResourceView before, List<Problem> problems) {
        if (given == null || given.isBlank()) {
            if (before != null) {
                return Long.valueOf(before.ownerActorId());
            }
            Set<Long> mine = CurrentUser.get().actorIds();
            if (mine.size() == 1) {
                return mine.iterator().next();
            }
            problems.add(Problem.field("ownerActorId", "validation.required"));
            return null;
        }
        Optional<ActorView> actor;
        try {
            actor = actors.find(Ids.parse(given));
        } catch (NotFoundException e) {
            actor = Optional.empty();
        }
        if (actor.isEmpty() || !"ACTIVE".equals(actor.get().status())) {
            problems.add(Problem.field("ownerActorId", "error.actor.unknown", given));
            return null;
        }
        return Long.valueOf(actor.get().id());
    }

    private static String code(
            List<Problem> problems, String field, String given, String fallback, List<String> allowed) {
        String c = given == null || given.isBlank() ? fallback : given.trim();
        if (!allowed.contains(c)) {
            problems.add(Problem.field(field, "error.import.code", c));
        }
        return c;
    }

    /**
     * The type ids a search asks for: the codes listed, or every type of the function and kind, limited
     * to type level {@code minLevel} or more capable; null when nothing limits them.
     */
    List<Long> typeIds(String typeCodes, String function, String kind, Integer minLevel, boolean required) {
        boolean any = notBlank(typeCodes) || notBlank(function) || notBlank(kind) || minLevel != null;
        if (!any) {
            if (required) {
                throw new InvalidInputException("type", "validation.required");
            }
            return null;
        }
        List<ResourceTypeView> selected = new ArrayList<>(types.all());
        if (notBlank(typeCodes)) {
            List<String> codes = Arrays.stream(typeCodes.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            for (String c : codes) {
                if (selected.stream().noneMatch(t -> t.code().equals(c))) {
                    throw new InvalidInputException("type", "error.resource.unknownType", c);
                }
            }
            selected.removeIf(t -> !codes.contains(t.code()));
        }
        if (notBlank(function)) {
            selected.removeIf(t -> !t.function().equals(function.trim()));
        }
        if (notBlank(kind)) {
            if (!ResourceTypeView.KINDS.contains(kind.trim())) {
                throw new InvalidInputException("kind", "error.import.code", kind);
            }
            selected.removeIf(t -> !t.kind().equals(kind.trim()));
        }
        if (minLevel != null) {
            if (minLevel < 1 || minLevel > 4) {
                throw new InvalidInputException("minLevel", "error.resourceType.level");
            }
            selected.removeIf(t -> t.typeLevel() > minLevel);
        }
        List<Long> ids = selected.stream().map(t -> Long.valueOf(t.id())).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
