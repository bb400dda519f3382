package fi.turvaverkko.network.web;

import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.Attendance;
import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.MeetingCommand;
import fi.turvaverkko.network.domain.MeetingService;
import fi.turvaverkko.network.domain.MembershipView;
import fi.turvaverkko.platform.Attachments;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.PlatformProperties;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meeting pages: agenda, attendance, numbered items, action items, minutes and their lifecycle. */
@Controller
class MeetingPageController {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final MeetingService meetings;
    private final GroupService groups;
    private final ActorService actors;
    private final Attachments attachments;
    private final Messages messages;
    private final PlatformProperties properties;

    MeetingPageController(
            MeetingService meetings,
            GroupService groups,
            ActorService actors,
            Attachments attachments,
            Messages messages,
            PlatformProperties properties) {
        this.meetings = meetings;
        this.groups = groups;
        this.actors = actors;
        this.attachments = attachments;
        this.messages = messages;
        this.properties = properties;
    }

    /** The meeting form: times as the browser's local date-time fields, in Finnish time. */
    record MeetingForm(
            String title,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String minuteCheckers,
            List<String> present,
            Long version) {}

    /** The item form. */
    record ItemForm(Integer number, String title, String proposal, String decision, Long version) {}

    /** The action-item form. */
    record ActionItemForm(String itemId, String description, String responsibleActorId, LocalDate dueDate) {}

    @GetMapping("/meetings")
    String list(
            @RequestParam(required = false) String groupId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var result = meetings.list(
                new MeetingService.Filter(
                        groupId,
                        from == null ? null : from.atStartOfDay(HELSINKI).toOffsetDateTime(),
                        to == null
                                ? null
                                : to.plusDays(1).atStartOfDay(HELSINKI).toOffsetDateTime(),
                        status),
                PageParams.of(page, 20, sort));
        Map<String, String> groupNames = new HashMap<>();
        result.content()
                .forEach(m -> groupNames.computeIfAbsent(
                        m.groupId(),
                        g -> groups.find(Long.valueOf(g))
                                .map(GroupView::localName)
                                .orElse(g)));
        model.addAttribute("result", result);
        model.addAttribute("groupNames", groupNames);
        model.addAttribute("groupId", groupId);
        model.addAttribute("filterGroup", groupId == null || groupId.isBlank() ? null : groups.get(groupId));
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", MeetingView.STATUSES);
        return Views.pageOrFragment(request, "network/meetings", "results");
    }

    @GetMapping("/groups/{groupId}/meetings/new")
    String initCreate(@PathVariable String groupId, Model model) {
        GroupView g = groups.get(groupId);
        if (!groups.canEditMeetings(g)) {
            throw new ForbiddenException();
        }
        LocalDateTime next = LocalDate.now(HELSINKI).plusWeeks(2).atTime(13, 0);
        model.addAttribute("meeting", new MeetingForm("", next, next.plusHours(2), "", "", List.of(), null));
        return meetingForm(model, g, null);
    }

    @PostMapping("/groups/{groupId}/meetings/new")
    String processCreate(
            @PathVariable String groupId,
            @ModelAttribute("meeting") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        GroupView g = groups.get(groupId);
        if (!binding.hasErrors()) {
            try {
                MeetingView created = meetings.create(command(groupId, form));
                redirect.addFlashAttribute("notice", messages.get("meeting.created", created.title()));
                return "redirect:/meetings/" + created.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return meetingForm(model, g, null);
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable String id, Model model) {
        MeetingView m = meetings.get(id);
        GroupView g = groups.get(m.groupId());
        boolean canEdit = meetings.canEdit(m);
        Set<Long> ids = new HashSet<>();
        if (m.attendance() != null) {
            m.attendance().forEach(a -> ids.add(Long.valueOf(a.actorId())));
        }
        if (m.actionItems() != null) {
            m.actionItems().stream()
                    .filter(a -> a.responsibleActorId() != null)
                    .forEach(a -> ids.add(Long.valueOf(a.responsibleActorId())));
        }
        Map<String, String> names = new HashMap<>();
        actors.findAll(ids).forEach(a -> names.put(a.id(), a.localName()));
        model.addAttribute("meeting", m);
        model.addAttribute("group", g);
        model.addAttribute("actorNames", names);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canSeeMinutes", meetings.canSeeMinutes(m));
        model.addAttribute(
                "editable",
                canEdit && (m.status().equals("PLANNED") || m.status().equals("HELD")));
        model.addAttribute("attachments", meetings.canSeeMinutes(m) ? attachments.list("MEETING", id) : List.of());
        if (!model.containsAttribute("item")) {
            int next = m.items() == null ? 1 : m.items().size() + 1;
            model.addAttribute("item", new ItemForm(next, "", "", "", null));
        }
        if (!model.containsAttribute("actionItem")) {
            model.addAttribute("actionItem", new ActionItemForm(null, "", null, null));
        }
        return "network/meeting";
    }

    @GetMapping("/meetings/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        MeetingView m = meetings.get(id);
        if (!meetings.canEdit(m)) {
            throw new ForbiddenException();
        }
        GroupView g = groups.get(m.groupId());
        List<String> present = m.attendance() == null
                ? List.of()
                : m.attendance().stream()
                        .filter(a -> Boolean.TRUE.equals(a.present()))
                        .map(Attendance::actorId)
                        .toList();
        model.addAttribute(
                "meeting",
                new MeetingForm(
                        m.title(),
                        m.startsAt().atZoneSameInstant(HELSINKI).toLocalDateTime(),
                        m.endsAt() == null
                                ? null
                                : m.endsAt().atZoneSameInstant(HELSINKI).toLocalDateTime(),
                        m.place(),
                        m.minuteCheckers(),
                        present,
                        m.version()));
        return meetingForm(model, g, m);
    }

    @PostMapping("/meetings/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("meeting") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        MeetingView m = meetings.get(id);
        GroupView g = groups.get(m.groupId());
        if (!binding.hasErrors()) {
            try {
                meetings.update(id, command(m.groupId(), form));
                redirect.addFlashAttribute("notice", messages.get("meeting.saved", form.title()));
                return "redirect:/meetings/" + id;
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return meetingForm(model, g, m);
    }

    @PostMapping("/meetings/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        MeetingView m = meetings.get(id);
        try {
            meetings.delete(id);
            redirect.addFlashAttribute("notice", messages.get("meeting.deleted", m.title()));
            return "redirect:/groups/" + m.groupId();
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/meetings/" + id;
        }
    }

    @PostMapping("/meetings/{id}/{action:held|approve|publish}")
    String transition(@PathVariable String id, @PathVariable String action, RedirectAttributes redirect) {
        try {
            MeetingView m = meetings.transition(id, action);
            redirect.addFlashAttribute("notice", messages.get("meeting.status.changed." + m.status()));
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            String text = e.problems().isEmpty()
                    ? messages.get(e.messageKey(), e.args())
                    : e.problems().stream()
                            .map(p -> messages.get(p.messageKey(), p.args()))
                            .reduce((a, b) -> a + " " + b)
                            .orElse("");
            redirect.addFlashAttribute("meetingError", text);
        }
        return "redirect:/meetings/" + id;
    }

    @GetMapping(value = "/groups/{groupId}/meetings.ics")
    ResponseEntity<String> calendar(@PathVariable String groupId) {
        GroupView g = groups.get(groupId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meetings-" + g.id() + ".ics\"")
                .body(MeetingApiController.MeetingCalendar.of(
                        g, meetings.ofGroup(groupId, 500), properties.publicUrl()));
    }

    private String meetingForm(Model model, GroupView g, MeetingView existing) {
        List<MembershipView> members = groups.members(g.id());
        Map<String, String> names = new HashMap<>();
        actors.findAll(members.stream().map(m -> Long.valueOf(m.actorId())).toList())
                .forEach(a -> names.put(a.id(), a.localName()));
        List<String> memberActors = new ArrayList<>();
        members.forEach(m -> {
            if (!memberActors.contains(m.actorId())) {
                memberActors.add(m.actorId());
            }
        });
        model.addAttribute("group", g);
        model.addAttribute("existing", existing);
        model.addAttribute("memberActors", memberActors);
        model.addAttribute("actorNames", names);
        return "network/meeting-form";
    }

    private static MeetingCommand command(String groupId, MeetingForm f) {
        List<Attendance> attendance = f.present() == null
                ? List.of()
                : f.present().stream()
                        .distinct()
                        .map(a -> new Attendance(a, null, true))
                        .toList();
        return new MeetingCommand(
                groupId,
                f.title(),
                f.startsAt() == null ? null : at(f.startsAt()),
                f.endsAt() == null ? null : at(f.endsAt()),
                f.place(),
                f.minuteCheckers(),
                attendance,
                f.version());
    }

    private static OffsetDateTime at(LocalDateTime t) {
        return t.atZone(HELSINKI).toOffsetDateTime();
    }

    @Bean
    static NavigationItem meetingsNavigation() {
        return new NavigationItem(30, "/meetings", "nav.meetings", NavigationItem.Audience.LOGGED_IN);
    }
}
