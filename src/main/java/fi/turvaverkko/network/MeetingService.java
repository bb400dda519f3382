package fi.turvaverkko.network;

import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.network.MeetingView.ActionItem;
import fi.turvaverkko.network.MeetingView.Attendance;
import fi.turvaverkko.network.MeetingView.Item;
import fi.turvaverkko.network.domain.MeetingRepository;
import fi.turvaverkko.network.domain.MeetingStatus;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.Changes;
import fi.turvaverkko.shared.ConflictException;
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
 * meeting's time and place, and its minutes once they are published to the group.
 */
@Service
public class MeetingService {

    private final MeetingRepository repository;
    private final GroupService groups;
    private final ActorService actors;
    private final NetworkAccess access;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final UserManagement users;
    private final Messages messages;
    private final PlatformProperties properties;

    MeetingService(
            MeetingRepository repository,
            GroupService groups,
            ActorService actors,
            NetworkAccess access,
            ApplicationEventPublisher events,
            Mailer mailer,
            UserManagement users,
            Messages messages,
            PlatformProperties properties) {
        this.repository = repository;
        this.groups = groups;
        this.actors = actors;
        this.access = access;
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
            throw new InvalidInputException("status", "error.meeting.status", f.status());
        }
        Long group = Ids.parseOrNull(blank(f.groupId()));
        return repository.list(new MeetingRepository.Filter(group, f.from(), f.to(), blank(f.status()), null), paging);
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
        return MeetingStatus.PUBLISHED.name().equals(m.status()) || canEdit(m);
    }

    public boolean canEdit(MeetingView m) {
        return groups.canEditMeetings(groups.get(m.groupId()));
    }

    @Transactional
    public MeetingView create(MeetingView m) {
        GroupView g = groups.get(require(m.groupId(), "groupId"));
        if (!groups.canEditMeetings(g)) {
            throw new ForbiddenException();
        }
        MeetingView clean = validate(m);
        long id = repository.insert(Long.parseLong(g.id()), clean);
        if (m.attendance() != null) {
            repository.setAttendance(id, validAttendance(m.attendance()));
        }
        MeetingView created = get(String.valueOf(id));
        events.publishEvent(ItemChanged.created("MEETING", id, summary(created)));
        return created;
    }

    @Transactional
    public MeetingView update(String id, MeetingView m) {
        MeetingView before = get(id);
        requireEdit(before);
        if (m.groupId() != null && !m.groupId().equals(before.groupId())) {
            throw new InvalidInputException("groupId", "error.meeting.groupFixed");
        }
        MeetingView clean = validate(m);
        if (m.version() == null || !repository.update(Long.parseLong(id), m.version(), clean)) {
            throw new StaleVersionException(before);
        }
        if (m.attendance() != null) {
            MeetingStatus.valueOf(before.status()).requireEditable();
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
        if (!MeetingStatus.PLANNED.name().equals(before.status())) {
            throw new ConflictException("error.meeting.deleteHeld");
        }
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
        MeetingStatus from = MeetingStatus.valueOf(before.status());
        MeetingStatus to = from.after(action);
        if (to == MeetingStatus.APPROVED) {
            List<Problem> problems = new ArrayList<>();
            if (before.items().isEmpty()) {
                problems.add(Problem.global("error.meeting.noItems"));
            }
            before.items().stream()
                    .filter(i -> i.decision() == null || i.decision().isBlank())
                    .forEach(
                            i -> problems.add(Problem.field("items", "error.meeting.itemWithoutDecision", i.number())));
            InvalidInputException.throwIfAny(problems);
        }
        if (!repository.transition(
                Long.parseLong(id), from.name(), to.name(), access.user().username())) {
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

    // items

    @Transactional
    public Item addItem(String meetingId, Item i) {
        MeetingView m = get(meetingId);
        requireEdit(m);
        MeetingStatus.valueOf(m.status()).requireEditable();
        Item clean = validItem(i, repository.nextItemNumber(Long.parseLong(meetingId)));
        if (m.items().stream().anyMatch(x -> x.number().equals(clean.number()))) {
            throw new DomainNumberTaken(clean.number());
        }
        long id = repository.insertItem(Long.parseLong(meetingId), clean);
        Item created = repository.item(Long.parseLong(meetingId), id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEETING_ITEM", id, created));
        return created;
    }

    @Transactional
    public Item updateItem(String meetingId, String itemId, Item i) {
        MeetingView m = get(meetingId);
        requireEdit(m);
        MeetingStatus.valueOf(m.status()).requireEditable();
        Item before =
                repository.item(Long.parseLong(meetingId), Ids.parse(itemId)).orElseThrow(NotFoundException::new);
        Item clean = validItem(i, before.number());
        if (m.items().stream().anyMatch(x -> x.number().equals(clean.number()) && !x.id().equals(itemId))) {
            throw new DomainNumberTaken(clean.number());
        }
        if (i.version() == null || !repository.updateItem(Long.parseLong(itemId), i.version(), clean)) {
            throw new StaleVersionException(before);
        }
        Item after = repository
                .item(Long.parseLong(meetingId), Long.parseLong(itemId))
                .orElseThrow();
        events.publishEvent(ItemChanged.updated("MEETING_ITEM", itemId, before, after));
        return after;
    }

    @Transactional
    public void deleteItem(String meetingId, String itemId) {
        MeetingView m = get(meetingId);
        requireEdit(m);
        MeetingStatus.valueOf(m.status()).requireEditable();
        Item before =
                repository.item(Long.parseLong(meetingId), Ids.parse(itemId)).orElseThrow(NotFoundException::new);
        repository.deleteItem(Long.parseLong(itemId));
        events.publishEvent(ItemChanged.deleted("MEETING_ITEM", itemId, before));
    }

    // action items

    @Transactional
    public ActionItem addActionItem(String meetingId, ActionItem a) {
        MeetingView m = get(meetingId);
        requireEdit(m);
        MeetingStatus.valueOf(m.status()).requireEditable();
        ActionItem clean = validActionItem(m, a, "OPEN");
        long id = repository.insertActionItem(Long.parseLong(meetingId), clean);
        ActionItem created = repository.actionItem(id).orElseThrow();
        events.publishEvent(ItemChanged.created("ACTION_ITEM", id, created));
        return created;
    }

    @Transactional
    public ActionItem updateActionItem(String meetingId, String actionItemId, ActionItem a) {
        MeetingView m = get(meetingId);
        requireEdit(m);
        ActionItem before = actionItemOf(m, actionItemId);
        String status = a.status() == null ? before.status() : a.status();
        if (!List.of("OPEN", "DONE").contains(status) && !status.equals(before.status())) {
            throw new InvalidInputException("status", "error.actionItem.status", status);
        }
        ActionItem clean = validActionItem(m, a, status);
        if (a.version() == null || !repository.updateActionItem(Long.parseLong(actionItemId), a.version(), clean)) {
            throw new StaleVersionException(before);
        }
        ActionItem after = repository.actionItem(Long.parseLong(actionItemId)).orElseThrow();
        events.publishEvent(ItemChanged.updated("ACTION_ITEM", actionItemId, before, after));
        return after;
    }

    @Transactional
    public void deleteActionItem(String meetingId, String actionItemId) {
        MeetingView m = get(meetingId);
        requireEdit(m);
        MeetingStatus.valueOf(m.status()).requireEditable();
        ActionItem before = actionItemOf(m, actionItemId);
        repository.deleteActionItem(Long.parseLong(actionItemId));
        events.publishEvent(ItemChanged.deleted("ACTION_ITEM", actionItemId, before));
    }

    /** An action item with the meeting and group it came from, for whoever turns it into a measure. */
    public record ActionItemSource(ActionItem item, MeetingView meeting, GroupView group) {}

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
        if ("CONVERTED".equals(source.item().status())) {
            throw new ConflictException("error.actionItem.converted");
        }
        repository.markConverted(Long.parseLong(actionItemId), measureId);
        events.publishEvent(ItemChanged.action(
                "ACTION_ITEM", actionItemId, "CONVERT", Map.of("measureId", String.valueOf(measureId))));
    }

    private ActionItem actionItemOf(MeetingView m, String actionItemId) {
        return m.actionItems() == null
                ? null
                : m.actionItems().stream()
                        .filter(x -> x.id().equals(actionItemId))
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
    }

    // validation

    private void requireEdit(MeetingView m) {
        if (!canEdit(m)) {
            throw new ForbiddenException();
        }
    }

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

    private static MeetingView validate(MeetingView m) {
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
        return new MeetingView(
                null,
                null,
                m.title().trim(),
                m.startsAt(),
                m.endsAt(),
                blank(m.place()),
                null,
                blank(m.minuteCheckers()),
                null,
                null,
                null,
                null,
                null,
                null,
                m.version());
    }

    private List<Attendance> validAttendance(List<Attendance> list) {
        List<Problem> problems = new ArrayList<>();
        List<Attendance> clean = new ArrayList<>();
        for (Attendance a : list) {
            Long actor = null;
            try {
                actor = Ids.parse(a.actorId());
            } catch (NotFoundException e) {
                actor = null;
            }
            if (actor == null || actors.find(actor).isEmpty()) {
                problems.add(Problem.field("attendance", "error.actor.unknown", a.actorId()));
                continue;
            }
            NetworkValidation.name(problems, "attendance", a.personName(), false);
            clean.add(new Attendance(String.valueOf(actor), blank(a.personName()), a.present() == null || a.present()));
        }
        InvalidInputException.throwIfAny(problems);
        return clean;
    }

    private static Item validItem(Item i, int defaultNumber) {
        List<Problem> problems = new ArrayList<>();
        int number = i.number() == null ? defaultNumber : i.number();
        if (number < 1 || number > 9999) {
            problems.add(Problem.field("number", "error.meeting.itemNumber"));
        }
        NetworkValidation.text(problems, "title", i.title(), true, 300);
        NetworkValidation.text(problems, "proposal", i.proposal(), false, 8000);
        NetworkValidation.text(problems, "decision", i.decision(), false, 8000);
        InvalidInputException.throwIfAny(problems);
        return new Item(null, number, i.title().trim(), blank(i.proposal()), blank(i.decision()), i.version());
    }

    private ActionItem validActionItem(MeetingView m, ActionItem a, String status) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.text(problems, "description", a.description(), true, 2000);
        if (a.itemId() != null
                && !a.itemId().isBlank()
                && m.items().stream().noneMatch(i -> i.id().equals(a.itemId()))) {
            problems.add(Problem.field("itemId", "error.actionItem.item"));
        }
        if (a.responsibleActorId() != null && !a.responsibleActorId().isBlank()) {
            try {
                if (actors.find(Ids.parse(a.responsibleActorId())).isEmpty()) {
                    problems.add(Problem.field("responsibleActorId", "error.actor.unknown", a.responsibleActorId()));
                }
            } catch (NotFoundException e) {
                problems.add(Problem.field("responsibleActorId", "error.actor.unknown", a.responsibleActorId()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new ActionItem(
                null,
                blank(a.itemId()),
                a.description().trim(),
                blank(a.responsibleActorId()),
                a.dueDate(),
                status,
                null,
                a.version());
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
        return value;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Two items of one meeting cannot share a § number. */
    static final class DomainNumberTaken extends fi.turvaverkko.shared.DomainException {
        DomainNumberTaken(int number) {
            super(
                    409,
                    "error.meeting.itemNumberTaken",
                    List.of(Problem.field("number", "error.meeting.itemNumberTaken", number)),
                    number);
        }
    }
}
