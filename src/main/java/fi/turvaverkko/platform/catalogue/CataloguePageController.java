package fi.turvaverkko.platform.catalogue;

import fi.turvaverkko.platform.CatalogueEntry;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue pages: every catalogue, its values, and a form to add or rename one. */
@Controller
@PreAuthorize(CatalogueApiController.EDITORS)
class CataloguePageController {

    private final CatalogueStore store;
    private final Messages messages;

    CataloguePageController(CatalogueStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/catalogues")
    String index(Model model) {
        model.addAttribute("names", store.catalogueNames());
        return "platform/catalogues";
    }

    @GetMapping("/catalogues/{name}")
    String entries(@PathVariable String name, Model model) {
        var entries = store.load(name);
        if (entries.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("name", name);
        model.addAttribute("entries", entries);
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", new CatalogueEntry(null, name, "", "", "", "", null, true, false, null));
        }
        return "platform/catalogue";
    }

    @PostMapping("/catalogues/{name}")
    String add(
            @PathVariable String name,
            @Valid @ModelAttribute("entry") CatalogueEntry entry,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                store.create(name, entry);
                redirect.addFlashAttribute("notice", messages.get("catalogue.added", entry.code()));
                return "redirect:/catalogues/" + name;
            } catch (DomainException e) {
                FormErrors.bind(e, binding);
            }
        }
        return entries(name, model);
    }

    @PostMapping("/catalogues/{name}/{code}/active")
    String toggle(@PathVariable String name, @PathVariable String code, RedirectAttributes redirect) {
        CatalogueEntry e = store.find(name, code).orElseThrow(NotFoundException::new);
        store.update(
                name,
                code,
                new CatalogueEntry(
                        e.id(),
                        name,
                        code,
                        e.name(),
                        e.nameSv(),
                        e.nameEn(),
                        e.sortOrder(),
                        !Boolean.TRUE.equals(e.active()),
                        e.builtIn(),
                        e.version()));
        redirect.addFlashAttribute("notice", messages.get("catalogue.saved", code));
        return "redirect:/catalogues/" + name;
    }

    @Bean
    static NavigationItem catalogueNavigation() {
        return new NavigationItem(920, "/catalogues", "nav.catalogues", NavigationItem.Audience.ADMIN);
    }
}
