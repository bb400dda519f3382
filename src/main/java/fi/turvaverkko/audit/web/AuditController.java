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

/**
 * The audit page for admins and coordinators: entries listed and filtered on the server, each change
 * in words, and the values of items the viewer may not read hidden (ADR 0024).
 */
@Controller
class AuditController {

    /** The actions offered in the filter: the changes every module records, and reads. */
    private static final java.util.List<String> ACTIONS =
            java.util.List.of("CREATE", "UPDATE", "DELETE", "IMPORT", AuditLog.READ);

    private final AuditLog log;
    private final AuditRows rows;

    AuditController(AuditLog log, AuditRows rows) {
        this.log = log;
        this.rows = rows;
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
        model.addAttribute("actions", ACTIONS);
        var result = log.list(filter, PageParams.of(page, 50, sort));
        model.addAttribute("result", result);
        model.addAttribute("rows", rows.rows(result.content()));
        return Views.pageOrFragment(request, "audit/entries", "results");
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem(905, "/admin/audit", "nav.audit", NavigationItem.Audience.ADMIN_OR_COORDINATOR);
    }
}
