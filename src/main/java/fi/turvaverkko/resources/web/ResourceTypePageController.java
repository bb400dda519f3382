package fi.turvaverkko.resources.web;

import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.domain.ResourceTypeCommand;
import fi.turvaverkko.resources.domain.ResourceTypes;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.ForbiddenException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The typed catalogue's pages: the list by function, and the form admins and coordinators use. */
@Controller
class ResourceTypePageController {

    private final ResourceTypes types;
    private final Messages messages;

    ResourceTypePageController(ResourceTypes types, Messages messages) {
        this.types = types;
        this.messages = messages;
    }

    @GetMapping("/resource-types")
    String list(Model model) {
        model.addAttribute("types", types.all());
        model.addAttribute("canEdit", types.canEdit());
        return "resources/types";
    }

    @GetMapping("/resource-types/new")
    String initCreate(Model model) {
        if (!types.canEdit()) {
            throw new ForbiddenException();
        }
        model.addAttribute(
                "form", new ResourceTypeView(null, "", "", "", "", "", "", "", "", "", 3, "PIECE", true, null, null));
        return "resources/type-form";
    }

    @PostMapping("/resource-types/new")
    String processCreate(
            @ModelAttribute("form") ResourceTypeView form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ResourceTypeView t = types.create(ResourceTypeCommand.of(form));
                redirect.addFlashAttribute("notice", messages.get("resourceType.created", t.name()));
                return "redirect:/resource-types";
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        return "resources/type-form";
    }

    @GetMapping("/resource-types/{id}/edit")
    String initUpdate(@PathVariable String id, Model model) {
        ResourceTypeView t = types.get(id);
        if (!types.canEdit()) {
            throw new ForbiddenException();
        }
        model.addAttribute("form", t);
        model.addAttribute("existing", t);
        return "resources/type-form";
    }

    @PostMapping("/resource-types/{id}/edit")
    String processUpdate(
            @PathVariable String id,
            @ModelAttribute("form") ResourceTypeView form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ResourceTypeView existing = types.get(id);
        if (!binding.hasErrors()) {
            try {
                types.update(id, form.version(), ResourceTypeCommand.of(form));
                redirect.addFlashAttribute("notice", messages.get("resourceType.saved", form.name()));
                return "redirect:/resource-types";
            } catch (DomainException e) {
                if (e.status() == 403) {
                    throw e;
                }
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("existing", existing);
        return "resources/type-form";
    }
}
