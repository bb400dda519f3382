package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.identity.domain.ApiTokens;
import fi.turvaverkko.identity.domain.Users;
import fi.turvaverkko.platform.FormErrors;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Ids;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own page: who they are, their password and their personal API tokens. */
@Controller
class AccountController {

    private final Users users;
    private final ApiTokens tokens;
    private final Messages messages;

    AccountController(Users users, ApiTokens tokens, Messages messages) {
        this.users = users;
        this.tokens = tokens;
        this.messages = messages;
    }

    /** The fields of the password form, kept when it is refused. */
    record PasswordForm(String currentPassword, String newPassword) {}

    /** The fields of the new-token form. */
    record TokenForm(String name, Integer validDays) {}

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser me = CurrentUser.get();
        model.addAttribute("me", users.find(String.valueOf(me.id())).orElseThrow());
        model.addAttribute("tokens", tokens.list(me.id()));
        model.addAttribute(
                "tokenForm",
                model.getAttribute("tokenForm") == null ? new TokenForm("", 365) : model.getAttribute("tokenForm"));
        model.addAttribute("passwordForm", new PasswordForm("", ""));
        return "identity/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer validDays,
            Model model) {
        CurrentUser me = CurrentUser.get();
        TokenForm form = new TokenForm(name, validDays);
        try {
            var created = tokens.create(me.id(), name, validDays);
            model.addAttribute("createdToken", created);
            model.addAttribute("tokenForm", new TokenForm("", 365));
        } catch (DomainException e) {
            var binding = new BeanPropertyBindingResult(form, "tokenForm");
            FormErrors.bind(e, binding);
            model.addAttribute("org.springframework.validation.BindingResult.tokenForm", binding);
            model.addAttribute("tokenForm", form);
        }
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.get().id(), Ids.parse(id));
        redirect.addFlashAttribute("notice", messages.get("token.revoked"));
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("notice", messages.get("password.changed"));
            return "redirect:/account";
        } catch (DomainException e) {
            PasswordForm form = new PasswordForm("", "");
            var binding = new BeanPropertyBindingResult(form, "passwordForm");
            FormErrors.bind(e, binding);
            account(model);
            model.addAttribute("passwordForm", form);
            model.addAttribute("org.springframework.validation.BindingResult.passwordForm", binding);
            return "identity/account";
        }
    }

    @Bean
    static NavigationItem accountNavigation() {
        return new NavigationItem(990, "/account", "nav.account", NavigationItem.Audience.LOGGED_IN);
    }
}
