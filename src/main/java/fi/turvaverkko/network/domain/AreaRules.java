package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/** What an area must be: its code and names, coordinates on the globe, and a parent of the level above. */
final class AreaRules {

    private AreaRules() {}

    /** The problems of the fields an area's caller sets. */
    static List<Problem> check(AreaCommand a) {
        List<Problem> problems = new ArrayList<>();
        if (a.code() == null || !a.code().trim().matches("[A-Z0-9]{1,12}")) {
            problems.add(Problem.field("code", "error.area.code"));
        }
        NetworkValidation.name(problems, "name", a.name(), true);
        NetworkValidation.name(problems, "nameSv", a.nameSv(), false);
        NetworkValidation.name(problems, "nameSe", a.nameSe(), false);
        NetworkValidation.name(problems, "nameEn", a.nameEn(), false);
        if (a.lat() != null && (a.lat() < -90 || a.lat() > 90)) {
            problems.add(Problem.field("lat", "error.coordinates"));
        }
        if (a.lon() != null && (a.lon() < -180 || a.lon() > 180)) {
            problems.add(Problem.field("lon", "error.coordinates"));
        }
        if (a.population() != null && a.population() < 0) {
            problems.add(Problem.field("population", "validation.positiveOrZero"));
        }
        return problems;
    }

    /** The type, or null (with a problem) when it is missing or unknown. */
    static AreaType type(String type, List<Problem> problems) {
        if (type == null || type.isBlank()) {
            problems.add(Problem.field("type", "validation.required"));
            return null;
        }
        AreaType t = type(type);
        if (t == null) {
            problems.add(Problem.field("type", "error.area.type", type));
        }
        return t;
    }

    static AreaType type(String type) {
        try {
            return AreaType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** A region lies in the country, a sub-region in a region, a municipality in either. */
    static void checkParentType(AreaType type, AreaType parent) {
        boolean ok = switch (type) {
            case COUNTRY -> false;
            case REGION -> parent == AreaType.COUNTRY;
            case SUBREGION -> parent == AreaType.REGION;
            case MUNICIPALITY -> parent == AreaType.REGION || parent == AreaType.SUBREGION;
        };
        if (!ok) {
            throw new InvalidInputException("parentCode", "error.area.parentType");
        }
    }
}
