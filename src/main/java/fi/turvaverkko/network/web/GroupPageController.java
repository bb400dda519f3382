package fi.turvaverkko.network.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.network.domain.ContactService;
import fi.turvaverkko.network.domain.GroupCommand;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.MeetingService;
import fi.turvaverkko.network.domain.MembershipCommand;
import fi.turvaverkko.network.domain.MembershipView;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The group pages: list, details with members and meetings, create, edit, memberships. */
@Controller
class GroupPageController {

    private final GroupService groups;
    private final ActorService actors;
    private final ContactService contacts;
    private final AreaService areas;
    private final MeetingService meetings;
    private final Messages messages;

    GroupPageController(
            GroupService groups,
            ActorService actors,
            ContactService contacts,
            AreaService areas,
            MeetingService meetings,
            Messages messages) {
        this.groups = groups;
        this.actors = actors;
        this.contacts = contacts;
        this.areas = areas;
        this.meetings = meetings;
        this.messages = messages;
    }

    @GetMapping("/groups")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var result = groups.list(new GroupFilter(q, kind, area, null, null), PageParams.of(page, 20, sort));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("area", area);
        model.addAttribute("result", result);
        model.addAttribute("canCreateGroup", groups.canCreate());
        model.addAttribute(
                "actorNames",
                names(result.content().stream().map(GroupView::ownerActorId).toList()));
        return Views.pageOrFragment(request, "network/groups", "results");
    }

    @GetMapping("/groups/new")
    String initCreate(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String reportsTo,
            Model model) {
        if (!groups.canCreate()) {
            throw new ForbiddenException();
        }
        GroupView parent = reportsTo == null ? null : groups.get(reportsTo);
        model.addAttribute(
                "group",
                new GroupView(
                        null,
                        "",
                        "",
                        "",
                        parent == null ? null : parent.ownerActorId(),
                        reportsTo,
                        "",
                        "",
                        null,
                        null,
                        null,
                        area != null ? area : parent == null ? null : parent.areaCode(),
                        null));
        return form(model, null);
    }

    @PostMapping("/groups/new")
    String processCreate(
            @ModelAttribute("group") GroupView group, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                GroupView created = groups.create(GroupCommand.of(group));
                redirect.addFlashAttribute("notice", messages.get("group.created", created.name()));
                return "redirect:/groups/" + created.id();
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return form(model, null);
    }

    @GetMapping("/groups/{id}")
    String show(@PathVariable String id, Model model) {
        GroupView g = groups.get(id);
        List<MembershipView> members = groups.members(id);
        Set<String> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.actorId()));
        ids.add(g.ownerActorId());
        GroupView parent = g.reportsToId() == null
                ? null
                : groups.find(Long.valueOf(g.reportsToId())).orElse(null);
        model.addAttribute("group", g);
        model.addAttribute("parent", parent);
        model.addAttribute("members", members);
        model.addAttribute("actorNames", names(ids));
        Map<String, String> contactNames = new HashMap<>();
        contacts.findContacts(members.stream()
                        .filter(m -> m.contactPersonId() != null)
                        .map(m -> Long.valueOf(m.contactPersonId()))
                        .toList())
                .forEach(c -> contactNames.put(
                        c.id(), c.title() == null || c.title().isBlank() ? c.name() : c.name() + ", " + c.title()));
        model.addAttribute("contactNames", contactNames);
        model.addAttribute("subgroups", groups.reportingTo(id));
        model.addAttribute("meetings", meetings.ofGroup(id, 10));
        model.addAttribute("canEdit", groups.canEdit(g));
        model.addAttribute("canDelete", groups.canDelete(g));
        model.addAttribute("canEditMembers", groups.canEditMemberships(g));
        model.addAttribute("canEditMeetings", groups.canEditMeetings(g));
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MembershipView(null, id, null, null, "MEMBER", null, null, null));
        }
        return "network/group";
    }

    @GetMapping("/groups/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        GroupView g = groups.get(id);
        if (!groups.canEdit(g)) {
            throw new ForbiddenException();
        }
        model.addAttribute("group", g);
        return form(model, g);
    }

    @PostMapping("/groups/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("group") GroupView group,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        GroupView existing = groups.get(id);
        if (!binding.hasErrors()) {
            try {
                groups.update(id, GroupCommand.of(group));
                redirect.addFlashAttribute("notice", messages.get("group.saved", group.name()));
                return "redirect:/groups/" + id;
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return form(model, existing);
    }

    @PostMapping("/groups/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        GroupView g = groups.get(id);
        try {
            groups.delete(id);
            redirect.addFlashAttribute("notice", messages.get("group.deleted", g.name()));
            return "redirect:/groups";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/groups/" + id;
        }
    }

    @PostMapping("/groups/{id}/members")
    String addMember(
            @PathVariable String id,
            @ModelAttribute("member") MembershipView member,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            MembershipView created = groups.addMember(id, MembershipCommand.of(member));
            String name = actors.find(Long.valueOf(created.actorId()))
                    .map(ActorView::name)
                    .orElse("");
            redirect.addFlashAttribute("notice", messages.get("membership.added", name));
            return "redirect:/groups/" + id + "#members";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(id, model);
        }
    }

    @GetMapping("/groups/{id}/members/{memberId}/edit")
    String initMember(@PathVariable String id, @PathVariable String memberId, Model model) {
        GroupView g = groups.get(id);
        if (!groups.canEditMemberships(g)) {
            throw new ForbiddenException();
        }
        MembershipView m = groups.member(id, memberId);
        model.addAttribute("group", g);
        model.addAttribute("member", m);
        model.addAttribute("memberActor", actors.get(m.actorId()));
        model.addAttribute("contacts", contacts.contacts(m.actorId()));
        return "network/member-form";
    }

    @PostMapping("/groups/{id}/members/{memberId}/edit")
    String processMember(
            @PathVariable String id,
            @PathVariable String memberId,
            @ModelAttribute("member") MembershipView member,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        GroupView g = groups.get(id);
        MembershipView existing = groups.member(id, memberId);
        try {
            groups.updateMember(id, memberId, MembershipCommand.of(member));
            redirect.addFlashAttribute("notice", messages.get("membership.saved"));
            return "redirect:/groups/" + id + "#members";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            model.addAttribute("group", g);
            model.addAttribute("memberActor", actors.get(existing.actorId()));
            model.addAttribute("contacts", contacts.contacts(existing.actorId()));
            return "network/member-form";
        }
    }

    @PostMapping("/groups/{id}/members/{memberId}/delete")
    String removeMember(@PathVariable String id, @PathVariable String memberId, RedirectAttributes redirect) {
        MembershipView m = groups.member(id, memberId);
        groups.removeMember(id, memberId);
        String name =
                actors.find(Long.valueOf(m.actorId())).map(ActorView::name).orElse("");
        redirect.addFlashAttribute("notice", messages.get("membership.removed", name));
        return "redirect:/groups/" + id + "#members";
    }

    private String form(Model model, GroupView existing) {
        model.addAttribute("existing", existing);
        GroupView g = (GroupView) model.getAttribute("group");
        // offer only what the user may save: others than a coordinator own groups through their own
        // actors, and only a coordinator moves a group to another area
        CurrentUser user = CurrentUser.get();
        model.addAttribute(
                "ownerChoices",
                user.isCoordinator()
                        ? null
                        : actors.findAll(user.actorIds()).stream()
                                .map(a -> new Option(a.id(), a.localName()))
                                .toList());
        model.addAttribute("areaFixed", existing != null && !user.isCoordinator());
        Set<String> ids = new HashSet<>();
        if (g != null && g.ownerActorId() != null && !g.ownerActorId().isBlank()) {
            ids.add(g.ownerActorId());
        }
        model.addAttribute("actorNames", names(ids));
        String parentName = null;
        if (g != null && g.reportsToId() != null && !g.reportsToId().isBlank()) {
            try {
                parentName = groups.find(Long.valueOf(g.reportsToId()))
                        .map(GroupView::name)
                        .orElse(null);
            } catch (NumberFormatException e) {
                parentName = null;
            }
        }
        model.addAttribute("parentName", parentName);
        String areaCode = g == null ? null : g.areaCode();
        if ((areaCode == null || areaCode.isBlank()) && g != null && g.areaId() != null) {
            areaCode = areas.find(Long.valueOf(g.areaId())).map(a -> a.code()).orElse(null);
        }
        model.addAttribute(
                "parentOptions",
                areaCode == null || areaCode.isBlank()
                        ? List.of()
                        : areas.findByCode(areaCode)
                                .map(a -> groups.inArea(Long.parseLong(a.id())))
                                .orElse(List.of()));
        return "network/group-form";
    }

    private Map<String, String> names(java.util.Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<Long> keys = ids.stream()
                .filter(s -> s != null && s.matches("\\d+"))
                .map(Long::valueOf)
                .toList();
        actors.findAll(keys).forEach(a -> names.put(a.id(), a.localName()));
        return names;
    }

    @Bean
    static NavigationItem groupsNavigation() {
        return new NavigationItem(20, "/groups", "nav.groups", NavigationItem.Audience.LOGGED_IN);
    }
}
