package fi.turvaverkko.registration.domain;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.BusinessId;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What a sign-up must be before anything is looked up or counted: an organisation of a sector that
 * may register itself (a business with its business ID), a home area within a region, an e-mail
 * address, a username and a password of the required form. Bad input is 400 with every problem at
 * once, and says nothing about other people (ADR 0009).
 */
@Component
public class SignupRules {

    /** The sectors that may register themselves; authorities are added by the coordinator. */
    public static final List<String> SECTORS = List.of("NGO", "CHURCH", "BUSINESS");

    static final int MIN_PASSWORD = 10;
    private static final String USERNAME = "[a-z0-9._-]{2,60}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final Areas areas;

    SignupRules(Areas areas) {
        this.areas = areas;
    }

    /** A sign-up as checked: trimmed, with its home area, the region that answers it and the actor's level. */
    record Valid(
            String name,
            String sector,
            String level,
            String businessId,
            AreaView area,
            Long regionId,
            String email,
            String username) {}

    Valid validate(RegistrationCommand c) {
        return validate(c, areas::findByCode, areas::regionOf);
    }

    /**
     * The rules themselves, with the areas looked up by code and their regions given: every problem
     * at once (400), or the sign-up as checked.
     */
    static Valid validate(
            RegistrationCommand c, Function<String, Optional<AreaView>> areaByCode, Function<Long, Long> regionOf) {
        if (c == null) {
            throw new InvalidInputException("organisationName", "validation.required");
        }
        List<Problem> problems = new ArrayList<>();
        String name = Requests.text(problems, "organisationName", c.organisationName(), true, 200);
        String sector = Requests.blank(c.sector());
        if (sector == null) {
            problems.add(Problem.field("sector", "validation.required"));
        } else if (!SECTORS.contains(sector)) {
            problems.add(Problem.field("sector", "error.registration.sector", sector));
        }
        String businessId = BusinessId.normalize(c.businessId());
        if (businessId == null && "BUSINESS".equals(sector)) {
            problems.add(Problem.field("businessId", "error.registration.businessIdRequired"));
        } else if (businessId != null && !BusinessId.isValid(businessId)) {
            problems.add(Problem.field("businessId", "error.businessId.invalid"));
        }
        AreaView area = homeArea(c.homeAreaCode(), areaByCode, problems);
        Long regionId = area == null ? null : regionOf.apply(Long.valueOf(area.id()));
        if (area != null && regionId == null) {
            problems.add(Problem.field("homeAreaCode", "error.registration.area"));
        }
        String email = Requests.blank(c.email());
        if (email == null) {
            problems.add(Problem.field("email", "validation.required"));
        } else if (email.length() > 200 || !email.matches(EMAIL)) {
            problems.add(Problem.field("email", "validation.email"));
        }
        String username = Requests.blank(c.username());
        if (username == null) {
            problems.add(Problem.field("username", "validation.required"));
        } else if (!username.matches(USERNAME)) {
            problems.add(Problem.field("username", "pattern.username"));
        }
        password(c.password(), problems);
        InvalidInputException.throwIfAny(problems);
        String level = AreaType.MUNICIPALITY.name().equals(area.type()) ? "LOCAL" : "REGIONAL";
        return new Valid(name, sector, level, businessId, area, regionId, email, username);
    }

    private static AreaView homeArea(
            String homeAreaCode, Function<String, Optional<AreaView>> areaByCode, List<Problem> problems) {
        String code = Requests.blank(homeAreaCode);
        if (code == null) {
            problems.add(Problem.field("homeAreaCode", "validation.required"));
            return null;
        }
        AreaView area = areaByCode.apply(code).orElse(null);
        if (area == null) {
            problems.add(Problem.field("homeAreaCode", "error.area.unknownCode", code));
        }
        return area;
    }

    private static void password(String password, List<Problem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(Problem.field("password", "validation.required"));
        } else if (password.length() < MIN_PASSWORD) {
            problems.add(Problem.field("password", "error.password.short", MIN_PASSWORD));
        } else if (password.length() > 200) {
            problems.add(Problem.field("password", "validation.size", 200, 0));
        }
    }
}
