package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.ActorDirectory;
import fi.turvaverkko.identity.ActorDirectory.ActorFacts;
import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.identity.domain.CreateUser;
import fi.turvaverkko.identity.domain.PrincipalFactory;
import fi.turvaverkko.identity.domain.UpdateUser;
import fi.turvaverkko.identity.domain.UserStatus;
import fi.turvaverkko.identity.domain.Users;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Ids;
import fi.turvaverkko.shared.NotFoundException;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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

/** The admin pages for users (the path is limited to ADMIN by the security configuration). */
@Controller
class UserAdminController {

    private final Users users;
    private final ObjectProvider<ActorDirectory> actors;
    private final Messages messages;

    UserAdminController(Users users, ObjectProvider<ActorDirectory> actors, Messages messages) {
        this.users = users;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var result = users.list(q, blank(role), blank(status), null, PageParams.of(page, 20, sort));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("roles", PrincipalFactory.validRoles());
        model.addAttribute("statuses", UserStatus.names());
        model.addAttribute(
                "actorNames",
                actorNames(result.content().stream()
                        .flatMap(u -> u.actorIds().stream())
                        .toList()));
        return Views.pageOrFragment(request, "identity/users", "results");
    }

    @GetMapping("/admin/users/new")
    String initCreate(Model model) {
        return form(model, CreateUser.blank(), null, List.of());
    }

    @PostMapping("/admin/users/new")
    String processCreate(
            @Valid @ModelAttribute("user") CreateUser user,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                UserView created = users.create(user);
                redirect.addFlashAttribute("notice", messages.get("user.created", created.username()));
                return "redirect:/admin/users/" + created.id();
            } catch (DomainException e) {
                FormErrors.bind(e, binding);
            }
        }
        return form(model, user, null, user.actorIds());
    }

    @GetMapping("/admin/users/{id}")
    String initUpdate(@PathVariable String id, Model model) {
        UserView u = users.find(id).orElseThrow(NotFoundException::new);
        return form(model, UpdateUser.of(u), u, u.actorIds());
    }

    @PostMapping("/admin/users/{id}")
    String processUpdate(
            @PathVariable String id,
            @Valid @ModelAttribute("user") UpdateUser user,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        UserView existing = users.find(id).orElseThrow(NotFoundException::new);
        if (!binding.hasErrors()) {
            try {
                users.update(id, user);
                redirect.addFlashAttribute("notice", messages.get("user.saved", existing.username()));
                return "redirect:/admin/users/" + id;
            } catch (DomainException e) {
                FormErrors.bind(e, binding);
            }
        }
        return form(model, user, existing, user.actorIds());
    }

    /** Options for the "acts for" field, searched as the admin types. */
    @GetMapping("/admin/users/actor-options")
    String actorOptions(@RequestParam(required = false) String q, Model model) {
        ActorDirectory dir = actors.getIfAvailable();
        model.addAttribute("options", dir == null || q == null || q.isBlank() ? List.of() : dir.search(q.trim(), 20));
        return "identity/users :: actorOptions";
    }

    /** The form of a new user ({@link CreateUser}) or of a change to one ({@link UpdateUser}). */
    private String form(Model model, Record user, UserView existing, List<String> actorIds) {
        model.addAttribute("user", user);
        model.addAttribute("existing", existing);
        model.addAttribute("roles", PrincipalFactory.validRoles());
        model.addAttribute("statuses", UserStatus.names());
        model.addAttribute("actorNames", actorNames(actorIds == null ? List.of() : actorIds));
        return "identity/user-form";
    }

    private java.util.Map<String, String> actorNames(Collection<String> ids) {
        ActorDirectory dir = actors.getIfAvailable();
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        if (dir == null || ids.isEmpty()) {
            return names;
        }
        List<Long> keys = new ArrayList<>();
        for (String s : ids) {
            try {
                keys.add(Ids.parse(s));
            } catch (NotFoundException e) {
                // an unknown id is reported by the validation; nothing to name
            }
        }
        for (ActorFacts f : dir.facts(keys).values()) {
            names.put(String.valueOf(f.actorId()), f.name());
        }
        return names;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Bean
    static NavigationItem usersNavigation() {
        return new NavigationItem(900, "/admin/users", "nav.users", NavigationItem.Audience.ADMIN);
    }
}
