package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.ActionItem;
import fi.turvaverkko.network.MeetingView.Item;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.ItemChanged;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.Problem;
import fi.turvaverkko.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contents of a meeting's minutes: its numbered items (§) with proposals and decisions, and the
 * action items it decided. The meeting's editors change them until the minutes are approved
 * ({@link Minutes}); an action item may still be marked done after that.
 */
@Service
public class MinutesService {

    private final MeetingRepository repository;
    private final MeetingService meetings;
    private final ActorService actors;
    private final ApplicationEventPublisher events;

    MinutesService(
            MeetingRepository repository,
            MeetingService meetings,
            ActorService actors,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.meetings = meetings;
        this.actors = actors;
        this.events = events;
    }

    /** The meeting with its minutes, when the caller may change them now. */
    private MeetingView editable(String meetingId) {
        MeetingView m = meetings.get(meetingId);
        meetings.requireEdit(m);
        minutes(m).requireEditable();
        return m;
    }

    private static Minutes minutes(MeetingView m) {
        return Minutes.of(m.status(), m.items());
    }

    // items

    @Transactional
    public Item addItem(String meetingId, ItemCommand i) {
        MeetingView m = editable(meetingId);
        ItemCommand clean = validItem(i, repository.nextItemNumber(Long.parseLong(meetingId)));
        minutes(m).requireFreeNumber(clean.number(), null);
        long id = repository.insertItem(Long.parseLong(meetingId), clean);
        Item created = repository.item(Long.parseLong(meetingId), id).orElseThrow();
        events.publishEvent(ItemChanged.created("MEETING_ITEM", id, created));
        return created;
    }

    @Transactional
    public Item updateItem(String meetingId, String itemId, ItemCommand i) {
        MeetingView m = editable(meetingId);
        Item before =
                repository.item(Long.parseLong(meetingId), Ids.parse(itemId)).orElseThrow(NotFoundException::new);
        ItemCommand clean = validItem(i, before.number());
        minutes(m).requireFreeNumber(clean.number(), itemId);
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
        editable(meetingId);
        Item before =
                repository.item(Long.parseLong(meetingId), Ids.parse(itemId)).orElseThrow(NotFoundException::new);
        repository.deleteItem(Long.parseLong(itemId));
        events.publishEvent(ItemChanged.deleted("MEETING_ITEM", itemId, before));
    }

    // action items

    @Transactional
    public ActionItem addActionItem(String meetingId, ActionItemCommand a) {
        MeetingView m = editable(meetingId);
        ActionItemCommand clean = validActionItem(m, a, ActionItemStatus.OPEN);
        long id = repository.insertActionItem(Long.parseLong(meetingId), clean);
        ActionItem created = repository.actionItem(id).orElseThrow();
        events.publishEvent(ItemChanged.created("ACTION_ITEM", id, created));
        return created;
    }

    /** Changes an action item, or marks it done or open again, also after the minutes are approved. */
    @Transactional
    public ActionItem updateActionItem(String meetingId, String actionItemId, ActionItemCommand a) {
        MeetingView m = meetings.get(meetingId);
        meetings.requireEdit(m);
        ActionItem before = MeetingService.actionItemOf(m, actionItemId);
        String status = ActionItemStatus.next(before.status(), a.status());
        ActionItemCommand clean = validActionItem(m, a, status);
        if (a.version() == null || !repository.updateActionItem(Long.parseLong(actionItemId), a.version(), clean)) {
            throw new StaleVersionException(before);
        }
        ActionItem after = repository.actionItem(Long.parseLong(actionItemId)).orElseThrow();
        events.publishEvent(ItemChanged.updated("ACTION_ITEM", actionItemId, before, after));
        return after;
    }

    /** Marks an action item done, keeping what it says. */
    @Transactional
    public ActionItem markDone(String meetingId, String actionItemId) {
        ActionItem a = MeetingService.actionItemOf(meetings.get(meetingId), actionItemId);
        return updateActionItem(
                meetingId,
                actionItemId,
                new ActionItemCommand(
                        a.itemId(),
                        a.description(),
                        a.responsibleActorId(),
                        a.dueDate(),
                        ActionItemStatus.DONE,
                        a.version()));
    }

    @Transactional
    public void deleteActionItem(String meetingId, String actionItemId) {
        MeetingView m = editable(meetingId);
        ActionItem before = MeetingService.actionItemOf(m, actionItemId);
        repository.deleteActionItem(Long.parseLong(actionItemId));
        events.publishEvent(ItemChanged.deleted("ACTION_ITEM", actionItemId, before));
    }

    // validation

    private static ItemCommand validItem(ItemCommand i, int defaultNumber) {
        List<Problem> problems = new ArrayList<>();
        int number = i.number() == null ? defaultNumber : i.number();
        if (number < 1 || number > 9999) {
            problems.add(Problem.field("number", "error.meeting.itemNumber"));
        }
        NetworkValidation.text(problems, "title", i.title(), true, 300);
        NetworkValidation.text(problems, "proposal", i.proposal(), false, 8000);
        NetworkValidation.text(problems, "decision", i.decision(), false, 8000);
        InvalidInputException.throwIfAny(problems);
        return new ItemCommand(
                number,
                i.title().trim(),
                NetworkValidation.blank(i.proposal()),
                NetworkValidation.blank(i.decision()),
                i.version());
    }

    private ActionItemCommand validActionItem(MeetingView m, ActionItemCommand a, String status) {
        List<Problem> problems = new ArrayList<>();
        NetworkValidation.text(problems, "description", a.description(), true, 2000);
        if (a.itemId() != null
                && !a.itemId().isBlank()
                && m.items().stream().noneMatch(i -> i.id().equals(a.itemId()))) {
            problems.add(Problem.field("itemId", "error.actionItem.item"));
        }
        if (a.responsibleActorId() != null
                && !a.responsibleActorId().isBlank()
                && actors.find(NetworkValidation.idOrNone(a.responsibleActorId()))
                        .isEmpty()) {
            problems.add(Problem.field("responsibleActorId", "error.actor.unknown", a.responsibleActorId()));
        }
        InvalidInputException.throwIfAny(problems);
        return new ActionItemCommand(
                NetworkValidation.blank(a.itemId()),
                a.description().trim(),
                NetworkValidation.blank(a.responsibleActorId()),
                a.dueDate(),
                status,
                a.version());
    }
}
