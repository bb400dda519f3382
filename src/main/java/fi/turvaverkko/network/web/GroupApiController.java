package fi.turvaverkko.network.web;

import fi.turvaverkko.network.GroupFilter;
import fi.turvaverkko.network.GroupView;
import fi.turvaverkko.network.domain.GroupCommand;
import fi.turvaverkko.network.domain.GroupService;
import fi.turvaverkko.network.domain.MembershipCommand;
import fi.turvaverkko.network.domain.MembershipView;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/groups} and {@code /api/v1/groups/{id}/members}. */
@RestController
@RequestMapping("/api/v1/groups")
class GroupApiController {

    private final GroupService groups;

    GroupApiController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    PageResult<GroupView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String ownerActorId,
            @RequestParam(required = false) String memberActorId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return groups.list(
                new GroupFilter(q, kind, area, ownerActorId, memberActorId), PageParams.of(page, size, sort));
    }

    @GetMapping("/{id}")
    GroupView one(@PathVariable String id) {
        return groups.get(id);
    }

    @PostMapping
    ResponseEntity<GroupView> create(@RequestBody GroupView group) {
        GroupView created = groups.create(GroupCommand.of(group));
        return ResponseEntity.created(URI.create("/api/v1/groups/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    GroupView update(@PathVariable String id, @RequestBody GroupView group) {
        return groups.update(id, GroupCommand.of(group));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        groups.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/members")
    PageResult<MembershipView> members(@PathVariable String id) {
        List<MembershipView> all = groups.members(id);
        return PageResult.of(all, PageParams.first(Math.max(all.size(), 1)), all.size());
    }

    @GetMapping("/{id}/members/{memberId}")
    MembershipView member(@PathVariable String id, @PathVariable String memberId) {
        groups.get(id);
        return groups.member(id, memberId);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<MembershipView> addMember(@PathVariable String id, @RequestBody MembershipView member) {
        MembershipView created = groups.addMember(id, MembershipCommand.of(member));
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/members/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}/members/{memberId}")
    MembershipView updateMember(
            @PathVariable String id, @PathVariable String memberId, @RequestBody MembershipView member) {
        return groups.updateMember(id, memberId, MembershipCommand.of(member));
    }

    @DeleteMapping("/{id}/members/{memberId}")
    ResponseEntity<Void> removeMember(@PathVariable String id, @PathVariable String memberId) {
        groups.removeMember(id, memberId);
        return ResponseEntity.noContent().build();
    }
}
