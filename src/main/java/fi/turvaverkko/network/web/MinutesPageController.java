package fi.turvaverkko.network.web;

import fi.turvaverkko.network.MeetingView;
import fi.turvaverkko.network.MeetingView.Item;
import fi.turvaverkko.network.domain.ActionItemCommand;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.ItemCommand;
import fi.turvaverkko.network.domain.MeetingService;
import fi.turvaverkko.network.domain.MinutesService;
import fi.turvaverkko.network.web.MeetingPageController.ActionItemForm;
import fi.turvaverkko.network.web.MeetingPageController.ItemForm;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The minutes on the meeting page: its numbered items (§) and its action items. */
@Controller
class MinutesPageController {

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final GroupService groups;
    private final MeetingPageController meetingPage;
    private final Messages messages;

    MinutesPageController(
            MinutesService minutes,
            MeetingService meetings,
            GroupService groups,
            MeetingPageController meetingPage,
            Messages messages) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.groups = groups;
        this.meetingPage = meetingPage;
        this.messages = messages;
    }

    @PostMapping("/meetings/{id}/items")
    String addItem(
            @PathVariable String id,
            @ModelAttribute("item") ItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            Item created = minutes.addItem(
                    id, new ItemCommand(form.number(), form.title(), form.proposal(), form.decision(), null));
            redirect.addFlashAttribute("notice", messages.get("meeting.item.added", created.number(), created.title()));
            return "redirect:/meetings/" + id + "#items";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return meetingPage.show(id, model);
        }
    }

    @GetMapping("/meetings/{id}/items/{itemId}/edit")
    String initItem(@PathVariable String id, @PathVariable String itemId, Model model) {
        MeetingView m = meetings.get(id);
        if (!meetings.canEdit(m)) {
            throw new ForbiddenException();
        }
        Item i = m.items().stream()
                .filter(x -> x.id().equals(itemId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        model.addAttribute("item", new ItemForm(i.number(), i.title(), i.proposal(), i.decision(), i.version()));
        return itemForm(m, itemId, model);
    }

    @PostMapping("/meetings/{id}/items/{itemId}/edit")
    String processItem(
            @PathVariable String id,
            @PathVariable String itemId,
            @ModelAttribute("item") ItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            minutes.updateItem(
                    id,
                    itemId,
                    new ItemCommand(form.number(), form.title(), form.proposal(), form.decision(), form.version()));
            redirect.addFlashAttribute("notice", messages.get("meeting.item.saved", form.number()));
            return "redirect:/meetings/" + id + "#items";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return itemForm(meetings.get(id), itemId, model);
        }
    }

    private String itemForm(MeetingView m, String itemId, Model model) {
        model.addAttribute("meeting", m);
        model.addAttribute("group", groups.get(m.groupId()));
        model.addAttribute("itemId", itemId);
        return "network/item-form";
    }

    @PostMapping("/meetings/{id}/items/{itemId}/delete")
    String deleteItem(@PathVariable String id, @PathVariable String itemId, RedirectAttributes redirect) {
        minutes.deleteItem(id, itemId);
        redirect.addFlashAttribute("notice", messages.get("meeting.item.deleted"));
        return "redirect:/meetings/" + id + "#items";
    }

    @PostMapping("/meetings/{id}/action-items")
    String addActionItem(
            @PathVariable String id,
            @ModelAttribute("actionItem") ActionItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            minutes.addActionItem(
                    id,
                    new ActionItemCommand(
                            form.itemId(), form.description(), form.responsibleActorId(), form.dueDate(), null, null));
            redirect.addFlashAttribute("notice", messages.get("actionItem.added"));
            return "redirect:/meetings/" + id + "#action-items";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return meetingPage.show(id, model);
        }
    }

    @PostMapping("/meetings/{id}/action-items/{itemId}/done")
    String actionItemDone(@PathVariable String id, @PathVariable String itemId, RedirectAttributes redirect) {
        minutes.markDone(id, itemId);
        redirect.addFlashAttribute("notice", messages.get("actionItem.done"));
        return "redirect:/meetings/" + id + "#action-items";
    }
}
