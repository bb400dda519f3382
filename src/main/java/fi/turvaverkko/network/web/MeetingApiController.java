package fi.turvaverkko.network.web;

import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.ActionItem;
import fi.turvaverkko.network.MeetingView.Item;
import fi.turvaverkko.network.domain.ActionItemCommand;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.ItemCommand;
import fi.turvaverkko.network.domain.MeetingCommand;
import fi.turvaverkko.network.domain.MeetingService;
import fi.turvaverkko.network.domain.MinutesService;
import fi.turvaverkko.platform.ICalendar;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/meetings}: meetings, their items and action items, and a group's calendar. */
@RestController
@RequestMapping("/api/v1")
class MeetingApiController {

    private static final Set<String> ACTIONS = Set.of("held", "approve", "publish");

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final GroupService groups;
    private final PlatformProperties properties;

    MeetingApiController(
            MeetingService meetings, MinutesService minutes, GroupService groups, PlatformProperties properties) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.groups = groups;
        this.properties = properties;
    }

    @GetMapping("/meetings")
    PageResult<MeetingView> list(
            @RequestParam(required = false) String groupId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return meetings.list(new MeetingService.Filter(groupId, from, to, status), PageParams.of(page, size, sort));
    }

    @GetMapping("/meetings/{id}")
    MeetingView one(@PathVariable String id) {
        return meetings.get(id);
    }

    @PostMapping("/meetings")
    ResponseEntity<MeetingView> create(@RequestBody MeetingView meeting) {
        MeetingView created = meetings.create(MeetingCommand.of(meeting));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
                .body(created);
    }

    @PutMapping("/meetings/{id}")
    MeetingView update(@PathVariable String id, @RequestBody MeetingView meeting) {
        return meetings.update(id, MeetingCommand.of(meeting));
    }

    @DeleteMapping("/meetings/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        meetings.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** {@code held}, {@code approve} or {@code publish}. */
    @PostMapping("/meetings/{id}/{action:held|approve|publish}")
    MeetingView transition(@PathVariable String id, @PathVariable String action) {
        if (!ACTIONS.contains(action)) {
            throw new InvalidInputException("action", "validation.invalid");
        }
        return meetings.transition(id, action);
    }

    @PostMapping("/meetings/{id}/items")
    ResponseEntity<Item> addItem(@PathVariable String id, @RequestBody Item item) {
        Item created = minutes.addItem(id, ItemCommand.of(item));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/items/" + created.id()))
                .body(created);
    }

    @PutMapping("/meetings/{id}/items/{itemId}")
    Item updateItem(@PathVariable String id, @PathVariable String itemId, @RequestBody Item item) {
        return minutes.updateItem(id, itemId, ItemCommand.of(item));
    }

    @DeleteMapping("/meetings/{id}/items/{itemId}")
    ResponseEntity<Void> deleteItem(@PathVariable String id, @PathVariable String itemId) {
        minutes.deleteItem(id, itemId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{id}/action-items")
    ResponseEntity<ActionItem> addActionItem(@PathVariable String id, @RequestBody ActionItem item) {
        ActionItem created = minutes.addActionItem(id, ActionItemCommand.of(item));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/action-items/" + created.id()))
                .body(created);
    }

    @PutMapping("/meetings/{id}/action-items/{itemId}")
    ActionItem updateActionItem(@PathVariable String id, @PathVariable String itemId, @RequestBody ActionItem item) {
        return minutes.updateActionItem(id, itemId, ActionItemCommand.of(item));
    }

    @DeleteMapping("/meetings/{id}/action-items/{itemId}")
    ResponseEntity<Void> deleteActionItem(@PathVariable String id, @PathVariable String itemId) {
        minutes.deleteActionItem(id, itemId);
        return ResponseEntity.noContent().build();
    }

    /** The group's meetings as an iCalendar feed. */
    @GetMapping(value = "/groups/{id}/meetings.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable String id) {
        GroupView g = groups.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"meetings-" + g.id() + ".ics\"")
                .body(MeetingCalendar.of(g, meetings.ofGroup(id, 500), properties.publicUrl()));
    }

    /** Builds a group's calendar; shared by the API and the pages. */
    static final class MeetingCalendar {

        private MeetingCalendar() {}

        static String of(GroupView g, java.util.List<MeetingView> list, String baseUrl) {
            ICalendar cal = new ICalendar(g.name());
            for (MeetingView m : list) {
                cal.event(
                        "meeting-" + m.id() + "@turvaverkko",
                        m.startsAt(),
                        m.endsAt(),
                        m.title() + " – " + g.name(),
                        m.place(),
                        null,
                        baseUrl + "/meetings/" + m.id(),
                        "CONFIRMED");
            }
            return cal.build();
        }
    }
}
