package fi.turvaverkko.audit.web;

import fi.turvaverkko.audit.domain.AuditLog;
import fi.turvaverkko.platform.Labels;
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

    private final AuditLog log;
    private final AuditRows rows;
    private final Labels labels;

    AuditController(AuditLog log, AuditRows rows, Labels labels) {
        this.log = log;
        this.rows = rows;
        this.labels = labels;
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
        // the choices by their labels, sorted as the reader's language sorts them
        model.addAttribute("itemTypes", labels.options("audit.type", log.itemTypes()));
        model.addAttribute("actions", labels.options("audit.action"));
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
