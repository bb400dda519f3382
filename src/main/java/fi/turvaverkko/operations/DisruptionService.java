package fi.turvaverkko.operations;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.operations.domain.DisruptionStatus;
import fi.turvaverkko.operations.domain.LiveEvents;
import fi.turvaverkko.operations.domain.OperationsAccess;
import fi.turvaverkko.operations.domain.OperationsRepository;
import fi.turvaverkko.operations.domain.RequestRepository;
import fi.turvaverkko.platform.LocalizedText;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.resources.DisruptionActivity;
import fi.turvaverkko.resources.ResourceTypeService;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.risks.RiskScenarioService;
import fi.turvaverkko.shared.Changes;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disruptions, their lifecycle and their situation log, and the situation picture put together from
 * them. Every change also goes to the live event stream.
 */
@Service
public class DisruptionService implements DisruptionActivity {

    private final OperationsRepository repository;
    private final RequestRepository requests;
    private final OperationsAccess access;
    private final Areas areas;
    private final Actors actors;
    private final LiveEvents live;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final RiskScenarioService scenarios;
    private final ResourceTypeService types;

    DisruptionService(
            OperationsRepository repository,
            RequestRepository requests,
            OperationsAccess access,
            Areas areas,
            Actors actors,
            LiveEvents live,
            ApplicationEventPublisher events,
            Messages messages,
            RiskScenarioService scenarios,
            ResourceTypeService types) {
        this.scenarios = scenarios;
        this.types = types;
        this.repository = repository;
        this.requests = requests;
        this.access = access;
        this.areas = areas;
        this.actors = actors;
        this.live = live;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public Set<Long> regionsWithActiveDisruption() {
        return repository.regionsWithStatus("ACTIVE");
    }

    public PageResult<DisruptionView> list(String status, String kind, String region, String q, PageParams paging) {
        requireLogin();
        String path = null;
        if (region != null && !region.isBlank()) {
            AreaView a = areas.findByCode(region)
                    .orElseThrow(() -> new InvalidInputException("region", "error.area.unknownCode", region));
            path = areas.path(Long.valueOf(a.id()));
        }
        if (status != null && !status.isBlank() && !DisruptionStatus.ALL.contains(status)) {
            throw new InvalidInputException("status", "error.import.code", status);
        }
        return repository.list(blank(status), blank(kind), path, q, paging);
    }

    public DisruptionView get(String id) {
        requireLogin();
        return repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
    }

    public boolean canManage(DisruptionView d) {
        return access.isInCharge(d);
    }

    public boolean canLog(DisruptionView d) {
        return !DisruptionStatus.isClosed(d.status()) && access.canLog(d);
    }

    public boolean canOpen() {
        return access.canOpen();
    }

    /** The statuses the caller may move the disruption to now. */
    public List<String> nextStatuses(DisruptionView d) {
        return canManage(d) ? DisruptionStatus.next(d.status()) : List.of();
    }

    @Transactional
    public DisruptionView create(DisruptionView v) {
        requireLogin();
        if (!access.canOpen()) {
            throw new ForbiddenException();
        }
        OperationsRepository.Row row = resolve(v, null);
        if (!access.actsFor(row.leadActorId()) && !access.coordinatesArea(row.regionId())) {
            throw new ForbiddenException();
        }
        long id = repository.insert(row, "MONITORING");
        DisruptionView created = repository.find(id).orElseThrow();
        live.publish(created.id(), "disruption", created.id(), created.title());
        events.publishEvent(ItemChanged.created("DISRUPTION", id, created).onBehalfOf(row.leadActorId()));
        return created;
    }

    /** Opens a disruption without checking rights: CAP import and demo data, which check their own. */
    @Transactional
    public DisruptionView open(DisruptionView v, String status) {
        long id = repository.insert(resolve(v, null), status);
        DisruptionView created = repository.find(id).orElseThrow();
        live.publish(created.id(), "disruption", created.id(), created.title());
        events.publishEvent(ItemChanged.created("DISRUPTION", id, created));
        return created;
    }

    @Transactional
    public DisruptionView update(String id, DisruptionView v) {
        DisruptionView before = get(id);
        if (!canManage(before)) {
            throw new ForbiddenException();
        }
        DisruptionStatus.requireNotClosed(before.status());
        OperationsRepository.Row row = resolve(v, before);
        if (row.leadActorId() != Long.parseLong(before.leadActorId())
                && !access.actsFor(row.leadActorId())
                && !access.coordinates(before)) {
            throw new ForbiddenException();
        }
        if (v.version() == null || !repository.update(Long.parseLong(id), v.version(), row)) {
            throw new StaleVersionException(before);
        }
        DisruptionView after = get(id);
        live.publish(id, "disruption", id, after.title());
        events.publishEvent(ItemChanged.updated("DISRUPTION", id, before, after));
        return after;
    }

    /** Moves the disruption along its lifecycle; only the authority in charge and the coordinator may. */
    @Transactional
    public DisruptionView changeStatus(String id, String status) {
        DisruptionView before = get(id);
        if (!canManage(before)) {
            throw new ForbiddenException();
        }
        String current = repository.lockStatus(Long.parseLong(id)).orElseThrow(NotFoundException::new);
        String next = DisruptionStatus.after(current, status);
        repository.setStatus(Long.parseLong(id), next, DisruptionStatus.isClosed(next));
        systemLog(
                id,
                "DECISION",
                LocalizedText.of(
                        "disruption.log.statusChanged",
                        LocalizedText.of("disruption.status." + current),
                        LocalizedText.of("disruption.status." + next)),
                leadOrOwnActor(before),
                null,
                null);
        DisruptionView after = get(id);
        live.publish(id, "disruption", id, LocalizedText.of("disruption.status." + next));
        events.publishEvent(
                ItemChanged.action("DISRUPTION", id, "STATUS", Map.of("status", Changes.change(current, next))));
        return after;
    }

    /** Adds areas to a disruption (a CAP update naming more municipalities). */
    @Transactional
    public void addAreas(String id, List<Long> areaIds) {
        repository.addAreas(Long.parseLong(id), areaIds);
        live.publish(id, "disruption", id, (String) null);
    }

    // the situation log

    /** A log entry as given: {@code correctsId} names the entry a correction corrects. */
    public record LogCommand(
            String kind, String text, OffsetDateTime occurredAt, Double lat, Double lon, String correctsId) {}

    public PageResult<LogEntryView> log(
            String id, String kind, OffsetDateTime from, OffsetDateTime to, PageParams paging) {
        DisruptionView d = get(id);
        return repository.log(Long.parseLong(d.id()), blank(kind), from, to, paging);
    }

    @Transactional
    public LogEntryView addLog(String id, LogCommand c) {
        DisruptionView d = get(id);
        if (!access.canLog(d)) {
            throw new ForbiddenException();
        }
        DisruptionStatus.requireNotClosed(d.status());
        List<Problem> problems = new ArrayList<>();
        if (c.kind() == null || !LogEntryView.KINDS.contains(c.kind())) {
            problems.add(
                    Problem.field("kind", c.kind() == null ? "validation.required" : "error.import.code", c.kind()));
        }
        if (c.text() == null || c.text().isBlank()) {
            problems.add(Problem.field("text", "validation.required"));
        } else if (c.text().length() > 4000) {
            problems.add(Problem.field("text", "validation.size", 4000, 0));
        }
        checkPoint(problems, c.lat(), c.lon());
        OffsetDateTime now = OffsetDateTime.now();
        if (c.occurredAt() != null && c.occurredAt().isAfter(now.plusMinutes(5))) {
            problems.add(Problem.field("occurredAt", "error.log.future"));
        }
        Long corrects = null;
        if (c.correctsId() != null && !c.correctsId().isBlank()) {
            LogEntryView target = null;
            try {
                target = repository.logEntry(Ids.parse(c.correctsId())).orElse(null);
            } catch (NotFoundException e) {
                target = null;
            }
            if (target == null || !target.disruptionId().equals(d.id())) {
                problems.add(Problem.field("correctsId", "error.log.unknownEntry"));
            } else {
                corrects = Long.valueOf(target.id());
            }
        }
        InvalidInputException.throwIfAny(problems);
        CurrentUser u = CurrentUser.get();
        long entryId = repository.insertLog(new OperationsRepository.LogRow(
                Long.parseLong(id),
                c.kind(),
                c.text().trim(),
                null,
                c.occurredAt() == null ? now : c.occurredAt(),
                u.id(),
                u.displayName(),
                leadOrOwnActor(d),
                c.lat(),
                c.lon(),
                corrects));
        LogEntryView entry = repository.logEntry(entryId).orElseThrow();
        live.publish(id, "log", entry.id(), entry.text());
        events.publishEvent(ItemChanged.created("LOG_ENTRY", entryId, entry));
        return entry;
    }

    /**
     * Writes a log entry on behalf of the system (a status change, a request, a commitment, a CAP
     * alert). It keeps its message key and arguments, so that each reader reads it in their own
     * language; the stored text is its Finnish wording.
     */
    public void systemLog(
            String disruptionId, String kind, LocalizedText message, Long actorId, Double lat, Double lon) {
        CurrentUser u = CurrentUser.get();
        String finnish = messages.text(Messages.FINNISH, message);
        long entryId = repository.insertLog(new OperationsRepository.LogRow(
                Long.parseLong(disruptionId),
                kind,
                finnish.length() > 4000 ? finnish.substring(0, 4000) : finnish,
                message,
                OffsetDateTime.now(),
                u.id(),
                u.isAnonymous() ? "Turvaverkko" : u.displayName(),
                actorId,
                lat,
                lon,
                null));
        live.publish(disruptionId, "log", String.valueOf(entryId), message);
    }

    /** The actor the user logs for: the authority in charge when they act for it, else their first. */
    public Long leadOrOwnActor(DisruptionView d) {
        CurrentUser u = CurrentUser.get();
        Long lead = Long.valueOf(d.leadActorId());
        if (u.actsFor(lead)) {
            return lead;
        }
        return u.authorityActorIds().stream()
                .sorted()
                .findFirst()
                .orElse(u.actorIds().stream().sorted().findFirst().orElse(null));
    }

    // the situation picture

    public SituationPicture picture(String id) {
        DisruptionView d = get(id);
        long did = Long.parseLong(d.id());
        long lastEvent = repository.lastEventId(did);
        List<SituationPicture.RequestLine> lines = requests.linesOf(did);
        int open = 0, filled = 0, requested = 0, committed = 0, deployed = 0, deployedResources = 0;
        for (SituationPicture.RequestLine l : lines) {
            RequestView r = l.request();
            if ("OPEN".equals(r.status())) {
                open++;
            } else if ("FILLED".equals(r.status())) {
                filled++;
            }
            if (!"CANCELLED".equals(r.status())) {
                requested += r.quantity();
            }
            for (CommitmentView c : l.commitments()) {
                if (!"RELEASED".equals(c.status())) {
                    committed += c.quantity();
                }
                if ("DEPLOYED".equals(c.status())) {
                    deployed += c.quantity();
                    deployedResources++;
                }
            }
        }
        int[] logCounts = repository.logCounts(did);
        List<LogEntryView> timeline = repository.latestLog(did, 50);
        List<SituationPicture.MapPoint> points = new ArrayList<>();
        for (LogEntryView e : timeline) {
            if (e.lat() != null) {
                points.add(new SituationPicture.MapPoint(e.lat(), e.lon(), "log", short60(e.text()), null));
            }
        }
        Map<String, String> typeNames = new HashMap<>();
        Map<String, String> owners =
                lines.stream().anyMatch(l -> !l.commitments().isEmpty()) ? requests.ownerNames(did) : Map.of();
        for (SituationPicture.RequestLine l : lines) {
            RequestView r = l.request();
            if (r.lat() == null || "CANCELLED".equals(r.status())) {
                continue;
            }
            String name = typeNames.computeIfAbsent(
                    r.typeCode(),
                    code -> types.findByCode(code)
                            .map(ResourceTypeView::localName)
                            .orElse(code));
            points.add(new SituationPicture.MapPoint(
                    r.lat(), r.lon(), "request", messages.get("request.point", r.quantity(), name), null));
            for (CommitmentView c : l.commitments()) {
                if (!"RELEASED".equals(c.status())) {
                    // a committed resource is shown where it was asked to, never at its owner's site
                    points.add(new SituationPicture.MapPoint(
                            r.lat() + 0.004 * (points.size() % 5),
                            r.lon() + 0.008 * (points.size() % 3),
                            "DEPLOYED".equals(c.status()) ? "deployed" : "committed",
                            messages.get(
                                    "commitment.point." + c.status(),
                                    c.quantity(),
                                    name,
                                    owners.getOrDefault(c.offerId(), "")),
                            "/resources/" + c.resourceId()));
                }
            }
        }
        return new SituationPicture(
                d,
                new SituationPicture.Board(
                        open, filled, requested, committed, deployed, deployedResources, logCounts[1], logCounts[0]),
                lines,
                timeline,
                points,
                lastEvent);
    }

    // validation

    private OperationsRepository.Row resolve(DisruptionView v, DisruptionView before) {
        List<Problem> problems = new ArrayList<>();
        if (v.kind() == null || !DisruptionView.KINDS.contains(v.kind())) {
            problems.add(
                    Problem.field("kind", v.kind() == null ? "validation.required" : "error.import.code", v.kind()));
        }
        if (v.title() == null || v.title().isBlank()) {
            problems.add(Problem.field("title", "validation.required"));
        } else if (v.title().trim().length() > 200) {
            problems.add(Problem.field("title", "validation.size", 200, 0));
        }
        if (v.description() != null && v.description().length() > 4000) {
            problems.add(Problem.field("description", "validation.size", 4000, 0));
        }
        if (v.publicSummary() != null && v.publicSummary().length() > 2000) {
            problems.add(Problem.field("publicSummary", "validation.size", 2000, 0));
        }
        if (v.severity() == null || !DisruptionView.SEVERITIES.contains(v.severity())) {
            problems.add(Problem.field(
                    "severity", v.severity() == null ? "validation.required" : "error.import.code", v.severity()));
        }
        Long lead = null;
        String leadId = v.leadActorId() == null && before != null ? before.leadActorId() : v.leadActorId();
        if (leadId == null || leadId.isBlank()) {
            CurrentUser u = CurrentUser.get();
            lead = u.authorityActorIds().stream().sorted().findFirst().orElse(null);
            if (lead == null) {
                problems.add(Problem.field("leadActorId", "validation.required"));
            }
        } else {
            ActorView a = null;
            try {
                a = actors.find(Ids.parse(leadId)).orElse(null);
            } catch (NotFoundException e) {
                a = null;
            }
            if (a == null) {
                problems.add(Problem.field("leadActorId", "error.actor.unknown", leadId));
            } else if (!Boolean.TRUE.equals(a.authority())) {
                problems.add(Problem.field("leadActorId", "error.disruption.leadNotAuthority"));
            } else {
                lead = Long.valueOf(a.id());
            }
        }
        List<Long> areaIds = new ArrayList<>();
        Long region = null;
        List<String> codes = v.areaCodes() == null && before != null ? before.areaCodes() : v.areaCodes();
        if (codes == null || codes.isEmpty()) {
            problems.add(Problem.field("areaCodes", "validation.notEmpty"));
        } else {
            for (String code : codes) {
                AreaView a = areas.findByCode(code).orElse(null);
                if (a == null || "COUNTRY".equals(a.type())) {
                    problems.add(Problem.field("areaCodes", "error.area.unknownCode", code));
                    continue;
                }
                Long r = areas.regionOf(Long.valueOf(a.id()));
                if (region == null) {
                    region = r;
                } else if (!region.equals(r)) {
                    problems.add(Problem.field("areaCodes", "error.disruption.oneRegion"));
                }
                areaIds.add(Long.valueOf(a.id()));
            }
        }
        Long scenario = scenarioId(v.riskScenarioId(), "riskScenarioId", problems, scenarios);
        InvalidInputException.throwIfAny(problems);
        return new OperationsRepository.Row(
                v.kind(),
                v.title().trim(),
                blank(v.description()),
                v.severity(),
                lead,
                region,
                scenario,
                Boolean.TRUE.equals(v.publicAlert()),
                blank(v.publicSummary()),
                v.startedAt() == null ? (before == null ? OffsetDateTime.now() : before.startedAt()) : v.startedAt(),
                areaIds);
    }

    /** A risk scenario the caller can see, by id; unknown or hidden ones are refused alike. */
    public static Long scenarioId(String id, String field, List<Problem> problems, RiskScenarioService scenarios) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            Long parsed = Ids.parse(id);
            if (scenarios.find(id.trim()).isPresent()) {
                return parsed;
            }
        } catch (NotFoundException e) {
            // refused below
        }
        problems.add(Problem.field(field, "error.disruption.unknownScenario"));
        return null;
    }

    public static void checkPoint(List<Problem> problems, Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            problems.add(Problem.field(lat == null ? "lat" : "lon", "validation.required"));
        } else if (lat != null && (lat < 59.3 || lat > 70.2 || lon < 19.0 || lon > 31.7)) {
            problems.add(Problem.field("lat", "error.coordinates.finland"));
        }
    }

    public static void requireLogin() {
        if (CurrentUser.get().isAnonymous()) {
            throw new NotFoundException();
        }
    }

    private static String short60(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
