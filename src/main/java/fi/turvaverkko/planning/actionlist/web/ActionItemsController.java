package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActionItemRow;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.Groups;
import fi.turvaverkko.network.Meetings;
import fi.turvaverkko.planning.Programmes;
import fi.turvaverkko.platform.Option;
import fi.turvaverkko.shared.PageParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The action items of a group's meetings, to be turned into measures of the action list. */
@Controller
class ActionItemsController {

    private final Programmes programmes;
    private final Groups groups;
    private final Areas areas;
    private final Meetings meetings;

    ActionItemsController(Programmes programmes, Groups groups, Areas areas, Meetings meetings) {
        this.programmes = programmes;
        this.groups = groups;
        this.areas = areas;
        this.meetings = meetings;
    }

    @GetMapping("/measures/from-meetings")
    String actionItems(@RequestParam(required = false) String group, Model model) {
        CurrentUser u = CurrentUser.get();
        List<GroupView> mine = new ArrayList<>();
        for (Long actor : u.actorIds()) {
            mine.addAll(groups.list(
                            new GroupFilter(null, null, null, null, String.valueOf(actor)), PageParams.of(0, 200, null))
                    .content());
        }
        if (u.isCoordinator()) {
            AreaView region = areas.find(u.primaryRegionId()).orElse(null);
            if (region != null) {
                mine.addAll(
                        groups.list(new GroupFilter(null, null, region.code(), null, null), PageParams.of(0, 200, null))
                                .content());
            }
        }
        Map<String, GroupView> distinct = new LinkedHashMap<>();
        mine.forEach(g -> distinct.putIfAbsent(g.id(), g));
        model.addAttribute(
                "groupOptions",
                distinct.values().stream()
                        .map(g -> new Option(g.id(), g.localName()))
                        .toList());
        model.addAttribute("group", group);
        List<ActionItemRow> items = new ArrayList<>();
        if (group != null && !group.isBlank()) {
            items = meetings.actionItemsOfGroup(groups.get(group).id(), 12);
        }
        model.addAttribute("items", items);
        model.addAttribute("canCreate", !programmes.editable().isEmpty());
        return "planning/action-items";
    }
}
