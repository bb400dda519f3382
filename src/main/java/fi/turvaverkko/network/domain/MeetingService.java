package fi.turvaverkko.network.domain;

import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.ActionItemRow;
import fi.turvaverkko.network.ActionItemSource;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.ActionItem;
import fi.turvaverkko.network.MeetingView.Attendance;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of groups. The group's members and the coordinator edit them; everyone logged in sees a
 * meeting's time and place, and its minutes once they are published to the group. What may happen
 * to the minutes is {@link Minutes}'s to decide; their items are kept by {@link MinutesService}.
 */
@Service
public class MeetingService {

    private final MeetingRepository repository;
    private final GroupService groups;
    private final ActorService actors;
    private final NetworkRights rights;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final UserManagement users;
    private final Messages messages;
    private final PlatformProperties properties;

    MeetingService(
            MeetingRepository repository,
            GroupService groups,
            ActorService actors,
            NetworkRights rights,
            ApplicationEventPublisher events,
            Mailer mailer,
            UserManagement users,
            Messages messages,
            PlatformProperties properties) {
        this.repository = repository;
        this.groups = groups;
        this.actors = actors;
        this.rights = rights;
        this.events = events;
        this.mailer = mailer;
        this.users = users;
        this.messages = messages;
        this.properties = properties;
    }

    /** The filters of the meeting list. */
    public record Filter(String groupId, OffsetDateTime from, OffsetDateTime to, String status) {}

    public PageResult<MeetingView> list(Filter f, PageParams paging) {
        if (f.status() != null && !f.status().isBlank() && !MeetingView.STATUSES.contains(f.status())) {
            throw new InvalidInputException("status", "error.status.unknown", f.status());
        }
        Long group = Ids.parseOrNull(NetworkValidation.blank(f.groupId()));
        return repository.list(
                new MeetingRepository.Filter(group, f.from(), f.to(), NetworkValidation.blank(f.status()), null),
                paging);
    }

    public List<MeetingView> ofGroup(String groupId, int limit) {
        return repository.ofGroup(Long.parseLong(groupId), limit);
    }

    /** A meeting with its minutes when the caller may see them, else with its time and place only. */
    public MeetingView get(String id) {
        MeetingView m = repository.find(Ids.parse(id)).orElseThrow(NotFoundException::new);
        if (!canSeeMinutes(m)) {
            return m;
        }
        long key = Long.parseLong(id);
        return new MeetingView(
                m.id(),
                m.groupId(),
                m.title(),
                m.startsAt(),
                m.endsAt(),
                m.place(),
                m.status(),
                m.minuteCheckers(),
                m.approvedAt(),
                m.approvedBy(),
                m.publishedAt(),
                repository.attendance(key),
                repository.items(key),
                repository.actionItems(key),
                m.version());
    }

    public boolean canSeeMinutes(MeetingView m) {
        return Minutes.of(m.status(), null).published() || canEdit(m);
    }

    public boolean canEdit(MeetingView m) {
        return groups.canEditMeetings(groups.get(m.groupId()));
    }

    void requireEdit(MeetingView m) {
        if (!canEdit(m)) {
            throw new ForbiddenException();
        }
    }

    @Transactional
    public MeetingView create(MeetingCommand m) {
        GroupView g = groups.get(require(m.groupId(), "groupId"));
        if (!groups.canEditMeetings(g)) {
            throw new ForbiddenException();
        }
        MeetingCommand clean = validate(m);
        long id = repository.insert(Long.parseLong(g.id()), clean);
        if (m.attendance() != null) {
            repository.setAttendance(id, validAttendance(m.attendance()));
        }
        MeetingView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("MEETING", id, summary(created)));
        return created;
    }

    @Transactional
    public MeetingView update(String id, MeetingCommand m) {
        MeetingView before = get(id);
        requireEdit(before);
        if (m.groupId() != null && !m.groupId().equals(before.groupId())) {
            throw new InvalidInputException("groupId", "error.meeting.groupFixed");
        }
        MeetingCommand clean = validate(m);
        if (m.version() == null || !repository.update(Long.parseLong(id), m.version(), clean)) {
            throw new StaleVersionException(before);
        }
        if (m.attendance() != null) {
            Minutes.of(before.status(), before.items()).requireEditable();
            repository.setAttendance(Long.parseLong(id), validAttendance(m.attendance()));
        }
        MeetingView after = get(id);
        events.publishEvent(ItemChanged.updated("MEETING", id, summary(before), summary(after)));
        return after;
    }

    @Transactional
    public void delete(String id) {
        MeetingView before = get(id);
        requireEdit(before);
        Minutes.of(before.status(), before.items()).requireDeletable();
        repository.delete(Long.parseLong(id));
        events.publishEvent(ItemChanged.deleted("MEETING", id, summary(before)));
    }

    /**
     * Moves the meeting on: {@code held}, {@code approve} (the minutes were checked; every item must
     * have a decision) or {@code publish} (the group's members are told by mail).
     */
    @Transactional
    public MeetingView transition(String id, String action) {
        MeetingView before = get(id);
        requireEdit(before);
        Minutes minutes = Minutes.of(before.status(), before.items());
        MeetingStatus to = minutes.next(action);
        MeetingStatus from = minutes.status();
        if (!repository.transition(
                Long.parseLong(id), from.name(), to.name(), rights.user().username())) {
            throw new StaleVersionException(before);
        }
        MeetingView after = get(id);
        events.publishEvent(
                ItemChanged.action("MEETING", id, to.name(), Map.of("status", Changes.change(from.name(), to.name()))));
        if (to == MeetingStatus.PUBLISHED) {
            notifyMembers(after);
        }
        return after;
    }

    private void notifyMembers(MeetingView m) {
        GroupView g = groups.get(m.groupId());
        Set<String> sent = new HashSet<>();
        for (MembershipView member : groups.members(g.id())) {
            for (var u : users.usersOfActor(Long.parseLong(member.actorId()))) {
                if (u.email() == null || !sent.add(u.email())) {
                    continue;
                }
                Locale locale = Locale.forLanguageTag(u.preferredLanguage() == null ? "fi" : u.preferredLanguage());
                mailer.send(
                        u.email(),
                        messages.get(locale, "meeting.mail.published.subject", g.name()),
                        messages.get(
                                locale,
                                "meeting.mail.published.body",
                                g.name(),
                                m.title(),
                                properties.publicUrl() + "/meetings/" + m.id()));
            }
        }
    }

    // action items as other modules read them

    public ActionItemSource actionItemSource(String actionItemId) {
        long id = Ids.parse(actionItemId);
        long meetingId = repository.meetingOfActionItem(id).orElseThrow(NotFoundException::new);
        MeetingView m = get(String.valueOf(meetingId));
        if (!canSeeMinutes(m)) {
            throw new NotFoundException();
        }
        return new ActionItemSource(actionItemOf(m, actionItemId), m, groups.get(m.groupId()));
    }

    /** Records that an action item became a measure of the action list. */
    @Transactional
    public void markActionItemConverted(String actionItemId, long measureId) {
        ActionItemSource source = actionItemSource(actionItemId);
        ActionItemStatus.requireConvertible(source.item().status());
        repository.markConverted(Long.parseLong(actionItemId), measureId);
        events.publishEvent(ItemChanged.action(
                "ACTION_ITEM", actionItemId, "CONVERT", Map.of("measureId", String.valueOf(measureId))));
    }

    /**
     * The action items of the group's latest meetings whose minutes the caller may see, newest
     * meeting first, with the responsible actors' names: three queries however many there are.
     */
    public List<ActionItemRow> actionItemsOfGroup(String groupId, int meetings) {
        GroupView g = groups.get(groupId);
        boolean editor = groups.canEditMeetings(g);
        List<MeetingView> seen = repository.ofGroup(Long.parseLong(g.id()), meetings).stream()
                .filter(m -> editor || Minutes.of(m.status(), null).published())
                .toList();
        Map<Long, List<ActionItem>> items = repository.actionItemsOf(
                seen.stream().map(m -> Long.valueOf(m.id())).toList());
        Set<String> responsible = new HashSet<>();
        items.values()
                .forEach(list -> list.stream()
                        .map(ActionItem::responsibleActorId)
                        .filter(r -> r != null)
                        .forEach(responsible::add));
        Map<String, String> names = actors.names(responsible);
        List<ActionItemRow> rows = new ArrayList<>();
        for (MeetingView m : seen) {
            for (ActionItem a : items.getOrDefault(Long.valueOf(m.id()), List.of())) {
                rows.add(new ActionItemRow(
                        a, m, a.responsibleActorId() == null ? null : names.get(a.responsibleActorId())));
            }
        }
        return rows;
    }

    /** One of the meeting's action items; 404 when there is none, or the caller may not see the minutes. */
    static ActionItem actionItemOf(MeetingView m, String actionItemId) {
        if (m.actionItems() == null) {
            throw new NotFoundException();
        }
        return m.actionItems().stream()
                .filter(x -> x.id().equals(actionItemId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // validation

    private static MeetingView summary(MeetingView m) {
        return new MeetingView(
                m.id(),
                m.groupId(),
                m.title(),
                m.startsAt(),
                m.endsAt(),
                m.place(),
                m.status(),
                m.minuteCheckers(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static MeetingCommand validate(MeetingCommand m) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.name(problems, "title", m.title(), true);
        if (m.startsAt() == null) {
            problems.add(Problem.field("startsAt", "validation.required"));
        }
        if (m.startsAt() != null && m.endsAt() != null && m.endsAt().isBefore(m.startsAt())) {
            problems.add(Problem.field("endsAt", "error.meeting.endBeforeStart"));
        }
        NetworkValidation.text(problems, "place", m.place(), false, 300);
        NetworkValidation.text(problems, "minuteCheckers", m.minuteCheckers(), false, 500);
        InvalidInputException.throwIfAny(problems);
        return new MeetingCommand(
                null,
                m.title().trim(),
                m.startsAt(),
                m.endsAt(),
                NetworkValidation.blank(m.place()),
                NetworkValidation.blank(m.minuteCheckers()),
                null,
                m.version());
    }

    /** Attendance of actors the caller may read; one query for them all. */
    private List<Attendance> validAttendance(List<Attendance> list) {
        Set<Long> known = new HashSet<>();
        actors.findAll(NetworkValidation.ids(
                        list.stream().map(Attendance::actorId).toList()))
                .forEach(a -> known.add(Long.valueOf(a.id())));
        List<Problem> problems = new ArrayList<>();
        List<Attendance> clean = new ArrayList<>();
        for (Attendance a : list) {
            Long actor = NetworkValidation.idOrNone(a.actorId());
            if (actor == null || !known.contains(actor)) {
                problems.add(Problem.field("attendance", "error.actor.unknown", a.actorId()));
                continue;
            }
            NetworkValidation.name(problems, "attendance", a.personName(), false);
            clean.add(new Attendance(
                    String.valueOf(actor),
                    NetworkValidation.blank(a.personName()),
                    a.present() == null || a.present()));
        }
        InvalidInputException.throwIfAny(problems);
        return clean;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        return value;
    }
}
