package fi.turvaverkko.network.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorFilter;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.domain.ActorService;
import fi.turvaverkko.network.domain.AreaService;
import fi.turvaverkko.network.domain.ContactCommand;
import fi.turvaverkko.network.domain.ContactPersonView;
import fi.turvaverkko.network.domain.ContactService;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.UpdateActor;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
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

/** The actor pages: list, details with contact persons and groups, create, edit, delete. */
@Controller
class ActorPageController {

    private final ActorService actors;
    private final ContactService contacts;
    private final GroupService groups;
    private final AreaService areas;
    private final Messages messages;

    ActorPageController(
            ActorService actors, ContactService contacts, GroupService groups, AreaService areas, Messages messages) {
        this.actors = actors;
        this.contacts = contacts;
        this.groups = groups;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/actors")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sector", sector);
        model.addAttribute("level", level);
        model.addAttribute("area", area);
        model.addAttribute(
                "result", actors.list(new ActorFilter(q, sector, level, area, null), PageParams.of(page, 20, sort)));
        model.addAttribute("canCreate", actors.canCreate());
        return Views.pageOrFragment(request, "network/actors", "results");
    }

    /** Choices for an actor field, searched as the user types (htmx). */
    @GetMapping("/actors/options")
    String options(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("options", actors.search(q));
        return "network/fragments :: actorOptions";
    }

    @GetMapping("/actors/new")
    String initCreate(Model model) {
        if (!actors.canCreate()) {
            throw new ForbiddenException();
        }
        model.addAttribute("actor", new CreateActor("", "", "", "LOCAL", null, null, "", "", "", "", "", ""));
        return "network/actor-form";
    }

    @PostMapping("/actors/new")
    String processCreate(
            @ModelAttribute("actor") CreateActor actor,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ActorView created = actors.create(actor);
                redirect.addFlashAttribute("notice", messages.get("actor.created", created.name()));
                return "redirect:/actors/" + created.id();
            } catch (DomainException e) {
                FormErrors.bind(e, binding);
            }
        }
        return "network/actor-form";
    }

    @GetMapping("/actors/{id}")
    String show(@PathVariable String id, Model model) {
        ActorView actor = actors.get(id);
        model.addAttribute("actor", actor);
        model.addAttribute(
                "homeArea", areas.find(Long.valueOf(actor.homeAreaId())).orElse(null));
        model.addAttribute("contacts", contacts.contacts(id));
        model.addAttribute("canEdit", actors.canEdit(actor));
        model.addAttribute("canDelete", actors.canDelete(actor));
        model.addAttribute(
                "memberships",
                groups.list(new GroupFilter(null, null, null, null, id), PageParams.first(100))
                        .content());
        model.addAttribute("actsForIt", CurrentUser.get().actsFor(Long.valueOf(id)));
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new ContactPersonView(null, id, "", "", "", "", null));
        }
        return "network/actor";
    }

    @GetMapping("/actors/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        ActorView actor = actors.get(id);
        if (!actors.canEdit(actor)) {
            throw new ForbiddenException();
        }
        model.addAttribute("actor", UpdateActor.of(actor));
        model.addAttribute("existing", actor);
        return "network/actor-form";
    }

    @PostMapping("/actors/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("actor") UpdateActor actor,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ActorView existing = actors.get(id);
        if (!binding.hasErrors()) {
            try {
                actors.update(id, actor);
                redirect.addFlashAttribute("notice", messages.get("actor.saved", actor.name()));
                return "redirect:/actors/" + id;
            } catch (DomainException e) {
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "network/actor-form";
    }

    @PostMapping("/actors/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        ActorView actor = actors.get(id);
        try {
            actors.delete(id);
            redirect.addFlashAttribute("notice", messages.get("actor.deleted", actor.name()));
            return "redirect:/actors";
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("notice", messages.get(e.messageKey(), e.args()));
            return "redirect:/actors/" + id;
        }
    }

    @PostMapping("/actors/{id}/contacts")
    String addContact(
            @PathVariable String id,
            @ModelAttribute("contact") ContactPersonView contact,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            ContactPersonView created = contacts.addContact(id, ContactCommand.of(contact));
            redirect.addFlashAttribute("notice", messages.get("contact.added", created.name()));
            return "redirect:/actors/" + id + "#contacts";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return show(id, model);
        }
    }

    @GetMapping("/actors/{id}/contacts/{contactId}/edit")
    String initContact(@PathVariable String id, @PathVariable String contactId, Model model) {
        ActorView actor = actors.get(id);
        if (!actors.canEdit(actor)) {
            throw new ForbiddenException();
        }
        model.addAttribute("actor", actor);
        model.addAttribute("contact", contacts.contact(id, contactId));
        return "network/contact-form";
    }

    @PostMapping("/actors/{id}/contacts/{contactId}/edit")
    String processContact(
            @PathVariable String id,
            @PathVariable String contactId,
            @ModelAttribute("contact") ContactPersonView contact,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            contacts.updateContact(id, contactId, ContactCommand.of(contact));
            redirect.addFlashAttribute("notice", messages.get("contact.saved", contact.name()));
            return "redirect:/actors/" + id + "#contacts";
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) {
                throw e;
            }
            FormErrors.bind(e, binding);
            model.addAttribute("actor", actors.get(id));
            return "network/contact-form";
        }
    }

    @PostMapping("/actors/{id}/contacts/{contactId}/delete")
    String deleteContact(@PathVariable String id, @PathVariable String contactId, RedirectAttributes redirect) {
        ContactPersonView c = contacts.contact(id, contactId);
        contacts.deleteContact(id, contactId);
        redirect.addFlashAttribute("notice", messages.get("contact.deleted", c.name()));
        return "redirect:/actors/" + id + "#contacts";
    }

    @Bean
    static NavigationItem actorsNavigation() {
        return new NavigationItem(10, "/actors", "nav.actors", NavigationItem.Audience.LOGGED_IN);
    }
}
