package fi.turvaverkko.audit.web;

import fi.turvaverkko.audit.AuditLog;
import fi.turvaverkko.platform.NavigationItem;
import fi.turvaverkko.platform.Views;
import fi.turvaverkko.shared.PageParams;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page for admins: entries listed and filtered on the server. */
@Controller
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String itemType,
            @RequestParam(required = false) String itemId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            HttpServletRequest request,
            Model model) {
        var filter = new AuditLog.Filter(username, itemType, itemId, action, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("itemTypes", log.itemTypes());
        model.addAttribute("result", log.list(filter, PageParams.of(page, 50, sort)));
        return Views.pageOrFragment(request, "audit/entries", "results");
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem(905, "/admin/audit", "nav.audit", NavigationItem.Audience.ADMIN);
    }
}
