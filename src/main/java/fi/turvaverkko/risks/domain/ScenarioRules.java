package fi.turvaverkko.risks.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a scenario is written by: every field checked at once (400 naming each problem), its
 * areas within its region, its owner an actor (an authority for a restricted one), its ratings on
 * the region's scale ({@link ScenarioRating}), and its links to measures and resource types.
 */
@Component
class ScenarioRules {

    static final int MAX_LINKS = 100;

    private final RiskScaleService scales;
    private final Areas areas;
    private final Actors actors;
    private final Catalogues catalogues;
    private final MitigatingMeasures mitigating;

    ScenarioRules(
            RiskScaleService scales, Areas areas, Actors actors, Catalogues catalogues, MitigatingMeasures mitigating) {
        this.scales = scales;
        this.areas = areas;
        this.actors = actors;
        this.catalogues = catalogues;
        this.mitigating = mitigating;
    }

    /**
     * Checks a scenario; {@code knownMeasures} are measure ids taken as they are (those already
     * linked, or every id for demo and benchmark data), the others must be measures the user reads.
     */
    RiskScenarioRepository.Row validate(ScenarioCommand s, Collection<String> knownMeasures, boolean checkMeasures) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", s.title(), true, 300);
        text(problems, "titleSv", s.titleSv(), false, 300);
        text(problems, "titleEn", s.titleEn(), false, 300);
        text(problems, "description", s.description(), false, 8000);
        text(problems, "descriptionSv", s.descriptionSv(), false, 8000);
        if (s.category() == null || s.category().isBlank()) {
            problems.add(Problem.field("category", "validation.required"));
        } else if (!catalogues.isActive(RiskCatalogues.CATEGORIES, s.category())) {
            problems.add(Problem.field("category", "error.catalogue.unknownCode", s.category()));
        }
        List<String> themes = themes(s.themes(), problems);
        // areas and the region
        List<AreaView> chosen = areasOf(s, problems);
        AreaView region = region(s, chosen, problems);
        if (region != null) {
            String path = areas.path(Long.valueOf(region.id()));
            for (AreaView a : chosen) {
                String p = areas.path(Long.valueOf(a.id()));
                if (p == null || !p.startsWith(path)) {
                    problems.add(Problem.field("areaCodes", "error.risk.areaOutsideRegion", a.localName()));
                }
            }
        }
        ActorView owner = owner(s.ownerActorId(), problems);
        boolean restricted = Boolean.TRUE.equals(s.restricted());
        if (restricted && owner != null && !Boolean.TRUE.equals(owner.authority())) {
            problems.add(Problem.field("ownerActorId", "error.risk.restrictedOwner"));
        }
        if (s.reliability() == null || s.reliability().isBlank()) {
            problems.add(Problem.field("reliability", "validation.required"));
        } else if (!RiskCatalogues.RELIABILITIES.contains(s.reliability())) {
            problems.add(Problem.field("reliability", "error.risk.reliability", s.reliability()));
        }
        // the scale and the ratings on it
        RiskScaleView scale = region == null ? null : scale(s, Long.valueOf(region.id()), problems);
        ScenarioRating rating = scale == null
                ? null
                : ScenarioRating.rate(
                        scale, s.likelihood(), s.impacts(), s.residualLikelihood(), s.residualImpact(), problems);
        List<Long> measures = ids(s.measureIds(), "measureIds", problems);
        if (checkMeasures) {
            for (Long m : measures) {
                if (!knownMeasures.contains(String.valueOf(m)) && !mitigating.exists(m)) {
                    problems.add(Problem.field("measureIds", "error.risk.unknownMeasure", String.valueOf(m)));
                }
            }
        }
        List<String> resourceTypes = codes(s.resourceTypes(), "resourceTypes", problems);
        InvalidInputException.throwIfAny(problems);
        Set<Long> areaIds = new LinkedHashSet<>();
        chosen.forEach(a -> areaIds.add(Long.valueOf(a.id())));
        return new RiskScenarioRepository.Row(
                Long.parseLong(region.id()),
                Long.parseLong(scale.id()),
                s.title().trim(),
                ScenarioService.blank(s.titleSv()),
                ScenarioService.blank(s.titleEn()),
                ScenarioService.blank(s.description()),
                ScenarioService.blank(s.descriptionSv()),
                s.category(),
                Long.parseLong(owner.id()),
                s.reviewDate(),
                s.likelihood(),
                rating.meanImpact(),
                rating.score(),
                s.reliability(),
                s.residualLikelihood(),
                s.residualImpact(),
                rating.residualScore(),
                restricted,
                rating.impacts(),
                areaIds,
                themes,
                measures,
                resourceTypes);
    }

    private ActorView owner(String id, List<Problem> problems) {
        if (id == null || id.isBlank()) {
            problems.add(Problem.field("ownerActorId", "validation.required"));
            return null;
        }
        ActorView owner;
        try {
            owner = actors.find(Ids.parse(id)).orElse(null);
        } catch (NotFoundException e) {
            owner = null;
        }
        if (owner == null) {
            problems.add(Problem.field("ownerActorId", "error.risk.unknownOwner"));
        }
        return owner;
    }

    private List<AreaView> areasOf(ScenarioCommand s, List<Problem> problems) {
        List<AreaView> out = new ArrayList<>();
        if (s.areaCodes() != null) {
            for (String code : s.areaCodes()) {
                if (code == null || code.isBlank()) {
                    continue;
                }
                areas.findByCode(code.trim())
                        .ifPresentOrElse(
                                out::add,
                                () -> problems.add(Problem.field("areaCodes", "error.risk.unknownArea", code.trim())));
            }
        }
        if (s.areaIds() != null) {
            for (String id : s.areaIds()) {
                if (id == null || id.isBlank()) {
                    continue;
                }
                Optional<AreaView> a;
                try {
                    a = areas.find(Ids.parse(id));
                } catch (NotFoundException e) {
                    a = Optional.empty();
                }
                a.filter(x -> out.stream().noneMatch(y -> y.id().equals(x.id())))
                        .ifPresent(out::add);
                if (a.isEmpty()) {
                    problems.add(Problem.field("areaIds", "error.risk.unknownArea", id.trim()));
                }
            }
        }
        if (out.isEmpty()
                && problems.stream()
                        .noneMatch(p -> p.field() != null && p.field().startsWith("area"))) {
            problems.add(Problem.field("areaCodes", "error.risk.noAreas"));
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field("areaCodes", "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private AreaView region(ScenarioCommand s, List<AreaView> chosen, List<Problem> problems) {
        AreaView region = null;
        if (s.regionCode() != null && !s.regionCode().isBlank()) {
            region = areas.findByCode(s.regionCode()).filter(AreaView::isRegion).orElse(null);
            if (region == null) {
                problems.add(Problem.field("regionCode", "error.risk.unknownRegion", s.regionCode()));
                return null;
            }
        } else if (s.regionId() != null && !s.regionId().isBlank()) {
            try {
                region = areas.find(Ids.parse(s.regionId()))
                        .filter(AreaView::isRegion)
                        .orElse(null);
            } catch (NotFoundException e) {
                region = null;
            }
            if (region == null) {
                problems.add(Problem.field("regionId", "error.risk.unknownRegion", s.regionId()));
                return null;
            }
        } else if (!chosen.isEmpty()) {
            AreaView first = chosen.get(0);
            Long r = first.isRegion() ? Long.valueOf(first.id()) : areas.regionOf(Long.valueOf(first.id()));
            region = r == null ? null : areas.find(r).orElse(null);
            if (region == null) {
                problems.add(Problem.field("regionCode", "validation.required"));
            }
        }
        return region;
    }

    private RiskScaleView scale(ScenarioCommand s, long regionId, List<Problem> problems) {
        RiskScaleView scale;
        if (s.scaleId() != null && !s.scaleId().isBlank()) {
            try {
                scale = scales.find(Ids.parse(s.scaleId()))
                        .filter(x -> x.regionId().equals(String.valueOf(regionId)))
                        .orElse(null);
            } catch (NotFoundException e) {
                scale = null;
            }
            if (scale == null) {
                problems.add(Problem.field("scaleId", "error.risk.unknownScale"));
            }
        } else {
            scale = scales.defaultFor(regionId).orElse(null);
            if (scale == null) {
                problems.add(Problem.field("scaleId", "error.risk.noScale"));
            }
        }
        return scale;
    }

    private List<String> themes(List<String> given, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        List<CatalogueEntry> known = catalogues.active(RiskCatalogues.THEMES);
        for (String t : given) {
            if (t == null || t.isBlank()) {
                continue;
            }
            String code = t.trim();
            if (!code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field("themes", "error.risk.code", code));
            } else if (!known.isEmpty()
                    && known.stream().noneMatch(e -> e.code().equals(code))) {
                problems.add(Problem.field("themes", "error.catalogue.unknownCode", code));
            } else if (!out.contains(code)) {
                out.add(code);
            }
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field("themes", "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private static List<Long> ids(List<String> given, String field, List<Problem> problems) {
        List<Long> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (String id : given) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                long v = Ids.parse(id);
                if (v <= 0) {
                    throw new NotFoundException();
                }
                if (!out.contains(v)) {
                    out.add(v);
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field(field, "error.risk.measureId", id.trim()));
            }
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field(field, "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private static List<String> codes(List<String> given, String field, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (String c : given) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String code = c.trim();
            if (!code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                problems.add(Problem.field(field, "error.risk.code", code));
            } else if (!out.contains(code)) {
                out.add(code);
            }
        }
        if (out.size() > MAX_LINKS) {
            problems.add(Problem.field(field, "error.risk.tooMany", MAX_LINKS));
        }
        return out;
    }

    private static void text(List<Problem> problems, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.field(field, "validation.required"));
            }
        } else if (value.trim().length() > max) {
            problems.add(Problem.field(field, "validation.size", max, 0));
        }
    }
}
