package fi.turvaverkko.operations.domain;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.DisruptionService;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.platform.LocalizedText;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.Changes;
import fi.turvaverkko.shared.ConflictException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.LocalizedName;
import fi.turvaverkko.shared.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CAP 1.2 in and out. An imported alert (a weather warning, say) opens a disruption in MONITORING in
 * the municipalities its geocodes, polygons or circles name, an update adds to the one it references,
 * and a cancellation closes a disruption still only monitored. The region's public alerts go out as
 * a CAP feed under {@code /api/v1/public/cap}.
 */
@Service
public class CapService {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final Set<String> MUNICIPALITY_CODES =
            Set.of("KUNTA", "MUNICIPALITY", "NATCODE", "KUNTANUMERO", "FI_MUNICIPALITY", "LAU");
    static final Set<String> REGION_CODES = Set.of("MAAKUNTA", "REGION", "FI_REGION", "NUTS3");

    private final DisruptionService disruptions;
    private final OperationsRepository repository;
    private final OperationsAccess access;
    private final Areas areas;
    private final Actors actors;
    private final Messages messages;
    private final PlatformProperties platform;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    CapService(
            DisruptionService disruptions,
            OperationsRepository repository,
            OperationsAccess access,
            Areas areas,
            Actors actors,
            Messages messages,
            PlatformProperties platform,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.disruptions = disruptions;
        this.repository = repository;
        this.access = access;
        this.areas = areas;
        this.actors = actors;
        this.messages = messages;
        this.platform = platform;
        this.events = events;
        this.json = json;
    }

    /**
     * Refuses (403) a caller who may not open disruptions, before anything reads the alert: the API
     * asks this first, so that nobody can make the server read a body they may not send.
     */
    public void requireImportRight() {
        DisruptionService.requireLogin();
        if (!access.canOpen()) {
            throw new ForbiddenException();
        }
    }

    /** What an import did. */
    @Schema(name = "CapImportResult")
    public record ImportResult(String action, String disruptionId, List<String> areaCodes) {}

    @Transactional
    public ImportResult importAlert(byte[] xml) {
        requireImportRight();
        CapAlert alert = CapXml.parse(xml);
        if (!"Actual".equals(alert.status()) && !"Exercise".equals(alert.status())) {
            throw new InvalidInputException("status", "error.cap.status", alert.status());
        }
        if ("Ack".equals(alert.msgType()) || "Error".equals(alert.msgType())) {
            throw new InvalidInputException("msgType", "error.cap.msgType", alert.msgType());
        }
        if (repository.capSeen(alert.sender(), alert.identifier(), alert.sentText())) {
            throw new ConflictException("error.cap.duplicate", alert.identifier());
        }
        String text = new String(xml, StandardCharsets.UTF_8);
        Long previous = null;
        for (String ref : alert.references()) {
            String[] p = ref.split(",");
            previous = repository.disruptionOfCapIdentifier(p[0], p[1]).orElse(previous);
        }
        if ("Cancel".equals(alert.msgType())) {
            return cancel(alert, previous, text);
        }
        if (alert.infos().isEmpty()) {
            throw new InvalidInputException("info", "error.cap.required", "info");
        }
        Set<Long> areaIds = new LinkedHashSet<>();
        for (CapAlert.Info info : alert.infos()) {
            for (CapAlert.Area a : info.areas()) {
                areaIds.addAll(areasOf(a));
            }
        }
        if (areaIds.isEmpty()) {
            throw new InvalidInputException("area", "error.cap.noArea");
        }
        CapAlert.Info info = alert.infos().get(0);
        List<String> codes = areaIds.stream()
                .map(id -> areas.find(id).map(AreaView::code).orElseThrow())
                .toList();
        if (previous != null) {
            DisruptionView d = disruptions.get(String.valueOf(previous));
            if (!"CLOSED".equals(d.status())) {
                disruptions.addAreas(d.id(), new ArrayList<>(areaIds));
                repository.insertCap(
                        previous, alert.identifier(), alert.sender(), alert.sentText(), alert.msgType(), text);
                disruptions.systemLog(
                        d.id(),
                        "MEDIA",
                        LocalizedText.of("cap.log.updated", headline(info), names(areaIds)),
                        null,
                        null,
                        null);
                events.publishEvent(ItemChanged.action(
                        "DISRUPTION", d.id(), "CAP_UPDATE", Map.of("identifier", alert.identifier())));
                return new ImportResult("UPDATED", d.id(), codes);
            }
        }
        Long region = areas.regionOf(areaIds.iterator().next());
        List<Long> inRegion = areaIds.stream()
                .filter(id -> region != null && region.equals(areas.regionOf(id)))
                .toList();
        DisruptionView created = disruptions.open(
                new DisruptionView(
                        null,
                        kindOf(info),
                        title(alert, info),
                        description(info),
                        severityOf(info.severity()),
                        null,
                        String.valueOf(leadActor(region)),
                        null,
                        inRegion.stream()
                                .map(id -> areas.find(id).orElseThrow().code())
                                .toList(),
                        null,
                        "Public".equals(alert.scope()),
                        headline(info),
                        alert.sent(),
                        null,
                        null),
                "MONITORING");
        repository.insertCap(
                Long.valueOf(created.id()),
                alert.identifier(),
                alert.sender(),
                alert.sentText(),
                alert.msgType(),
                text);
        disruptions.systemLog(
                created.id(),
                "MEDIA",
                LocalizedText.of(
                        "cap.log.received", alert.sender(), headline(info), names(new LinkedHashSet<>(inRegion))),
                null,
                null,
                null);
        return new ImportResult("OPENED", created.id(), created.areaCodes());
    }

    private ImportResult cancel(CapAlert alert, Long previous, String text) {
        repository.insertCap(previous, alert.identifier(), alert.sender(), alert.sentText(), alert.msgType(), text);
        if (previous == null) {
            return new ImportResult("IGNORED", null, List.of());
        }
        DisruptionView d = disruptions.get(String.valueOf(previous));
        disruptions.systemLog(d.id(), "MEDIA", LocalizedText.of("cap.log.cancelled", alert.sender()), null, null, null);
        if ("MONITORING".equals(d.status())) {
            repository.setStatus(Long.parseLong(d.id()), "CLOSED", true);
            events.publishEvent(ItemChanged.action(
                    "DISRUPTION", d.id(), "STATUS", Map.of("status", Changes.change("MONITORING", "CLOSED"))));
            return new ImportResult("CLOSED", d.id(), d.areaCodes());
        }
        return new ImportResult("CANCELLED", d.id(), d.areaCodes());
    }

    /** The authority in charge of an imported alert: the importer's authority, else the region's lead actor. */
    private long leadActor(Long region) {
        CurrentUser u = CurrentUser.get();
        Long own = u.authorityActorIds().stream().sorted().findFirst().orElse(null);
        if (own != null) {
            return own;
        }
        AreaView r = region == null ? null : areas.find(region).orElse(null);
        if (r != null && r.leadActorId() != null) {
            return Long.parseLong(r.leadActorId());
        }
        throw new InvalidInputException("area", "error.cap.noLead");
    }

    /** Municipalities named by geocodes, or lying in a polygon or circle, or named in the description. */
    List<Long> areasOf(CapAlert.Area a) {
        Set<Long> found = new LinkedHashSet<>();
        for (Map.Entry<String, String> g : a.geocodes()) {
            String name = g.getKey().toUpperCase(Locale.ROOT);
            String value = g.getValue();
            if (MUNICIPALITY_CODES.contains(name) && value.matches("\\d{1,3}")) {
                areas.findByCode(String.format("%03d", Integer.parseInt(value)))
                        .filter(x -> "MUNICIPALITY".equals(x.type()))
                        .ifPresent(x -> found.add(Long.valueOf(x.id())));
            } else if (REGION_CODES.contains(name)) {
                String code = value.replaceFirst("^FI1D?", "").replaceFirst("^0", "");
                areas.findByCode(value.matches("\\d{1,2}") ? String.format("%02d", Integer.parseInt(value)) : code)
                        .filter(x -> "REGION".equals(x.type()))
                        .ifPresent(r -> areas.within(Long.valueOf(r.id()), AreaType.MUNICIPALITY)
                                .forEach(m -> found.add(Long.valueOf(m.id()))));
            }
        }
        if (!a.polygons().isEmpty() || !a.circles().isEmpty()) {
            for (AreaView m : areas.ofType(AreaType.MUNICIPALITY)) {
                if (m.lat() == null) {
                    continue;
                }
                boolean in = false;
                for (List<double[]> polygon : a.polygons()) {
                    in |= inside(polygon, m.lat(), m.lon()) || polygonTouches(polygon, Long.valueOf(m.id()));
                }
                for (double[] c : a.circles()) {
                    in |= km(c[0], c[1], m.lat(), m.lon()) <= c[2];
                }
                if (in) {
                    found.add(Long.valueOf(m.id()));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** Does a vertex of the polygon lie inside the municipality's border? */
    private boolean polygonTouches(List<double[]> polygon, long areaId) {
        String border = areas.border(areaId).orElse(null);
        if (border == null) {
            return false;
        }
        List<List<double[]>> rings = rings(json.readTree(border));
        for (double[] p : polygon) {
            for (List<double[]> ring : rings) {
                if (inside(ring, p[0], p[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rings of a GeoJSON geometry as [lat, lon] points. */
    private static List<List<double[]>> rings(JsonNode g) {
        List<List<double[]>> rings = new ArrayList<>();
        String type = g.path("type").asString("");
        JsonNode coords = g.path("coordinates");
        List<JsonNode> polys = new ArrayList<>();
        if (type.equals("Polygon")) {
            polys.add(coords);
        } else if (type.equals("MultiPolygon")) {
            coords.forEach(polys::add);
        }
        for (JsonNode poly : polys) {
            JsonNode outer = poly.get(0);
            List<double[]> ring = new ArrayList<>();
            outer.forEach(
                    p -> ring.add(new double[] {p.get(1).asDouble(), p.get(0).asDouble()}));
            rings.add(ring);
        }
        return rings;
    }

    /** Ray casting; points as [lat, lon]. */
    static boolean inside(List<double[]> ring, double lat, double lon) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[0] > lat) != (b[0] > lat) && lon < (b[1] - a[1]) * (lat - a[0]) / (b[0] - a[0]) + a[1]) {
                in = !in;
            }
        }
        return in;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }

    /** The areas' names, listed in each language. */
    private LocalizedName names(Set<Long> ids) {
        List<LocalizedName> names = ids.stream()
                .map(id -> areas.find(id)
                        .map(a -> new LocalizedName(a.name(), a.nameSv(), a.nameSe(), a.nameEn()))
                        .orElse(LocalizedName.of("", null, null)))
                .toList();
        return new LocalizedName(
                join(names, Messages.FINNISH),
                join(names, Locale.forLanguageTag("sv")),
                join(names, Locale.forLanguageTag("se")),
                join(names, Locale.ENGLISH));
    }

    private static String join(List<LocalizedName> names, Locale locale) {
        return String.join(", ", names.stream().map(n -> n.in(locale)).toList());
    }

    static String kindOf(CapAlert.Info info) {
        String e = (info.event() + " " + (info.headline() == null ? "" : info.headline())).toLowerCase(Locale.ROOT);
        if (e.matches(".*(tulv|flood|översvämning|jääpato|ice jam).*")) {
            return "FLOOD";
        }
        if (e.matches(".*(metsäpalo|maastopalo|forest fire|wildfire|skogsbrand).*")) {
            return "FOREST_FIRE";
        }
        if (e.matches(".*(pakkanen|kylmä|cold|köld|frost).*")) {
            return "EXTREME_COLD";
        }
        if (e.matches(".*(sähkö|power|ström).*")) {
            return "POWER_OUTAGE";
        }
        if (e.matches(".*(myrsky|tuuli|lumipyry|storm|wind|blizzard|snow|vind).*")) {
            return "STORM";
        }
        if (info.categories().contains("Fire")) {
            return "FOREST_FIRE";
        }
        if (info.categories().contains("Met")) {
            return "STORM";
        }
        if (info.categories().contains("Infra")) {
            return "POWER_OUTAGE";
        }
        return "OTHER";
    }

    static String severityOf(String cap) {
        return switch (cap == null ? "" : cap) {
            case "Extreme" -> "EXTREME";
            case "Severe" -> "SEVERE";
            case "Minor" -> "MINOR";
            default -> "MODERATE";
        };
    }

    private static String headline(CapAlert.Info info) {
        return info.headline() != null ? info.headline() : info.event();
    }

    private static String title(CapAlert alert, CapAlert.Info info) {
        String t = headline(info);
        if ("Exercise".equals(alert.status())) {
            t = "HARJOITUS: " + t;
        }
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    private static String description(CapAlert.Info info) {
        StringBuilder s = new StringBuilder();
        if (info.description() != null) {
            s.append(info.description());
        }
        if (info.instruction() != null) {
            s.append(s.isEmpty() ? "" : "\n\n").append(info.instruction());
        }
        String d = s.toString();
        return d.isEmpty() ? null : d.length() > 4000 ? d.substring(0, 4000) : d;
    }

    // the public feed

    public String feed(String regionCode) {
        AreaView region = region(regionCode);
        List<CapXml.Outgoing> alerts = repository.publicAlerts(areas.path(Long.valueOf(region.id())), 100).stream()
                .map(this::outgoing)
                .toList();
        OffsetDateTime updated = alerts.stream()
                .map(CapXml.Outgoing::sent)
                .max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.now(HELSINKI).truncatedTo(ChronoUnit.SECONDS));
        return CapXml.feed(
                "urn:turvaverkko:cap:region:" + region.code(),
                "Turvaverkko – " + region.name(),
                platform.publicUrl() + "/api/v1/public/cap?region=" + region.code(),
                updated,
                alerts);
    }

    public String alert(String id) {
        DisruptionView d;
        try {
            d = repository.find(fi.turvaverkko.shared.Ids.parse(id)).orElseThrow(NotFoundException::new);
        } catch (NotFoundException e) {
            throw e;
        }
        if (!Boolean.TRUE.equals(d.publicAlert()) || "CLOSED".equals(d.status())) {
            throw new NotFoundException();
        }
        return CapXml.alert(outgoing(d));
    }

    private AreaView region(String code) {
        String c = code == null || code.isBlank() ? platform.region().defaultCode() : code;
        return areas.findByCode(c)
                .filter(AreaView::isRegion)
                .orElseThrow(() -> new InvalidInputException("region", "error.area.unknownCode", c));
    }

    private CapXml.Outgoing outgoing(DisruptionView d) {
        Map<String, String> category = new LinkedHashMap<>();
        String cat = switch (d.kind()) {
            case "STORM", "EXTREME_COLD" -> "Met";
            case "FLOOD" -> "Geo";
            case "FOREST_FIRE" -> "Fire";
            case "POWER_OUTAGE", "CYBER", "WATER_CONTAMINATION" -> "Infra";
            case "MASS_CASUALTY" -> "Rescue";
            case "MISSING_PERSON" -> "Rescue";
            case "MIGRATION" -> "Security";
            default -> "Other";
        };
        category.put("c", cat);
        String host = URI.create(platform.publicUrl()).getHost();
        String lead =
                actors.find(Long.valueOf(d.leadActorId())).map(ActorView::name).orElse("Turvaverkko");
        List<String> municipalities = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String code : d.areaCodes()) {
            areas.findByCode(code).ifPresent(a -> {
                if ("MUNICIPALITY".equals(a.type())) {
                    municipalities.add(a.code());
                }
                names.add(a.name());
            });
        }
        return new CapXml.Outgoing(
                "turvaverkko-" + d.id() + "-" + d.version(),
                "turvaverkko@" + (host == null ? "localhost" : host),
                d.startedAt().atZoneSameInstant(HELSINKI).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS),
                category.get("c"),
                messages.get(Messages.FINNISH, "disruption.kind." + d.kind()),
                switch (d.status()) {
                    case "ACTIVE" -> "Immediate";
                    case "RECOVERY" -> "Past";
                    default -> "Expected";
                },
                switch (d.severity()) {
                    case "EXTREME" -> "Extreme";
                    case "SEVERE" -> "Severe";
                    case "MINOR" -> "Minor";
                    default -> "Moderate";
                },
                "MONITORING".equals(d.status()) ? "Likely" : "Observed",
                lead,
                d.title(),
                d.publicSummary(),
                platform.publicUrl() + "/disruptions/" + d.id(),
                String.join(", ", names),
                municipalities);
    }
}
