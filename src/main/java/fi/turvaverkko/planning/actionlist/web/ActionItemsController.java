package fi.turvaverkko.planning.actionlist.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.network.ActorService;
import fi.turvaverkko.network.AreaService;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.GroupService;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.MeetingService;
import fi.turvaverkko.network.MeetingView;
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
    private final ActorService actors;
    private final GroupService groups;
    private final AreaService areas;
    private final MeetingService meetings;
    private final MeasureLabels labels;

    ActionItemsController(
            Programmes programmes,
            ActorService actors,
            GroupService groups,
            AreaService areas,
            MeetingService meetings,
            MeasureLabels labels) {
        this.programmes = programmes;
        this.actors = actors;
        this.groups = groups;
        this.areas = areas;
        this.meetings = meetings;
        this.labels = labels;
    }

    @GetMapping("/measures/from-meetings")
    String actionItems(@RequestParam(required = false) String group, Model model) {
        CurrentUser u = CurrentUser.get();
        List<GroupView> mine = new ArrayList<>();
        for (Long actor : u.actorIds()) {
            mine.addAll(groups.list(
                            new GroupService.Filter(null, null, null, null, String.valueOf(actor)),
                            PageParams.of(0, 200, null))
                    .content());
        }
        if (u.isCoordinator()) {
            AreaView region = areas.find(u.primaryRegionId()).orElse(null);
            if (region != null) {
                mine.addAll(groups.list(
                                new GroupService.Filter(null, null, region.code(), null, null),
                                PageParams.of(0, 200, null))
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
        List<OpenItem> items = new ArrayList<>();
        if (group != null && !group.isBlank()) {
            GroupView g = groups.get(group);
            for (MeetingView m : meetings.ofGroup(g.id(), 12)) {
                MeetingView full = meetings.get(m.id());
                if (full.actionItems() == null) {
                    continue;
                }
                for (MeetingView.ActionItem a : full.actionItems()) {
                    items.add(new OpenItem(
                            a,
                            full,
                            a.responsibleActorId() == null
                                    ? null
                                    : actors.find(Long.valueOf(a.responsibleActorId()))
                                            .map(ActorView::localName)
                                            .orElse(null)));
                }
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("canCreate", !programmes.editable().isEmpty());
        return "planning/action-items";
    }

    /** An action item with its meeting, as the conversion page lists it. */
    record OpenItem(MeetingView.ActionItem item, MeetingView meeting, String responsibleName) {}
}
