package fi.turvaverkko.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import fi.turvaverkko.identity.Role;
import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.support.Api;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A network a test builds for itself, so that it depends on no demo name: a region of its own with a
 * municipality, a lead actor and a coordinator ({@link #aRegion()}), actors with their users
 * ({@link #anActor()}), groups with members ({@link #aGroup()}) and meetings with items, action items
 * and minutes at any step ({@link #aMeeting()}). Areas and actors are made through the network's
 * rights-free loaders, as demo data is; groups and meetings through the API as the region's
 * coordinator, so that every rule of the API applies to them. Users have the demo password.
 *
 * <pre>
 * Region region = world.aRegion();
 * ActorView ngo = world.anActor().in(region).sector("NGO").create();
 * GroupView group = world.aGroup().in(region).ownedBy(ngo).withMember(other).create();
 * MeetingView m = world.aMeeting().of(group).withItem("Avaus", "Avattiin.").published().create();
 * </pre>
 */
public final class NetworkTestData {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final MockMvc mvc;
    private final JsonMapper json;
    private final Areas areas;
    private final Actors actors;
    private final UserManagement users;
    private final UserDetailsService userDetails;

    public NetworkTestData(ApplicationContext context) {
        this.mvc = context.getBean(MockMvc.class);
        this.json = context.getBean(JsonMapper.class);
        this.areas = context.getBean(Areas.class);
        this.actors = context.getBean(Actors.class);
        this.users = context.getBean(UserManagement.class);
        this.userDetails = context.getBean(UserDetailsService.class);
    }

    /** A suffix no other test uses, for codes and names. */
    static String next() {
        return Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase() + NEXT.getAndIncrement();
    }

    /**
     * A region of its own in the country, with one municipality directly under it, a lead actor (the
     * regional council) and a user who coordinates the region.
     */
    public record Region(
            String id,
            String code,
            String name,
            String municipalityId,
            String municipalityCode,
            String leadActorId,
            String coordinator) {}

    /** A new region; see {@link Region}. */
    public Region aRegion() {
        String n = next();
        String code = "R" + n;
        String municipality = "M" + n;
        long region = area("REGION", code, "FI", "Testimaakunta " + n);
        long town = area("MUNICIPALITY", municipality, code, "Testikunta " + n);
        ActorView lead = anActor()
                .named("Testimaakunnan liitto " + n)
                .sector("REGIONAL_COUNCIL")
                .level("REGIONAL")
                .in(code)
                .create();
        areas.loadLeadActor(code, Long.parseLong(lead.id()));
        String coordinator = user("k" + n.toLowerCase(), Role.COORDINATOR, lead.id());
        return new Region(
                String.valueOf(region),
                code,
                "Testimaakunta " + n,
                String.valueOf(town),
                municipality,
                lead.id(),
                coordinator);
    }

    /** A new area under another (by code), e.g. a second municipality; answers its id. */
    public long area(String type, String code, String parentCode, String name) {
        return areas.load(
                new AreaView(
                        null, type, code, null, parentCode, null, name, null, null, null, 66.5, 25.7, 1000, null, 0L),
                null);
    }

    /** A user with the demo password who acts for the actor; answers the username. */
    public String user(String username, Role role, String actorId) {
        users.ensureDemoUser(
                username, username, username + "@example.org", List.of(role), List.of(Long.valueOf(actorId)), "demo");
        return username;
    }

    /** A new member user of the actor; answers the username. */
    public String userOf(ActorView actor) {
        return user("u" + next().toLowerCase(), Role.MEMBER, actor.id());
    }

    public ActorBuilder anActor() {
        return new ActorBuilder();
    }

    public GroupBuilder aGroup() {
        return new GroupBuilder();
    }

    public MeetingBuilder aMeeting() {
        return new MeetingBuilder();
    }

    /** An active actor: an association of the municipality unless told otherwise. */
    public final class ActorBuilder {

        private String name = Api.unique("Testiyhdistys ry");
        private String sector = "NGO";
        private String level = "LOCAL";
        private String homeAreaCode;

        public ActorBuilder named(String name) {
            this.name = Api.unique(name);
            return this;
        }

        public ActorBuilder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public ActorBuilder level(String level) {
            this.level = level;
            return this;
        }

        /** Homed in the region's municipality. */
        public ActorBuilder in(Region region) {
            return in(region.municipalityCode());
        }

        public ActorBuilder in(String areaCode) {
            this.homeAreaCode = areaCode;
            return this;
        }

        public ActorView create() {
            return createAs("ACTIVE");
        }

        /** As a self-registration not yet approved: seen by its region's coordinator only. */
        public ActorView createPending() {
            return createAs("PENDING");
        }

        private ActorView createAs(String status) {
            if (homeAreaCode == null) {
                throw new IllegalStateException("an actor needs a home area: in(region)");
            }
            String businessId = "BUSINESS".equals(sector) ? Api.businessId() : null;
            return actors.createAs(
                    new CreateActor(
                            name, null, sector, level, null, null, homeAreaCode, businessId, null, null, null, null),
                    status);
        }
    }

    /** A cooperation group of a region, made by its coordinator, with the members it is given. */
    public final class GroupBuilder {

        private Region region;
        private String name = Api.unique("Testiryhmä");
        private String kind = "COOPERATION_GROUP";
        private String ownerActorId;
        private String reportsToId;
        private final List<String[]> members = new ArrayList<>();

        public GroupBuilder in(Region region) {
            this.region = region;
            return this;
        }

        public GroupBuilder named(String name) {
            this.name = Api.unique(name);
            return this;
        }

        public GroupBuilder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public GroupBuilder ownedBy(ActorView owner) {
            this.ownerActorId = owner.id();
            return this;
        }

        public GroupBuilder reportingTo(GroupView group) {
            this.reportsToId = group.id();
            return this;
        }

        public GroupBuilder withMember(ActorView actor) {
            return withMember(actor, "MEMBER");
        }

        /** A member in a role: MEMBER, EXPERT, CHAIR, VICE_CHAIR or SECRETARY. */
        public GroupBuilder withMember(ActorView actor, String role) {
            members.add(new String[] {actor.id(), role});
            return this;
        }

        public GroupView create() {
            if (region == null) {
                throw new IllegalStateException("a group needs a region: in(region)");
            }
            String owner = ownerActorId == null ? region.leadActorId() : ownerActorId;
            String body = """
                    {"name": "%s", "kind": "%s", "ownerActorId": "%s", "areaCode": "%s"%s}
                    """.formatted(
                            name,
                            kind,
                            owner,
                            region.code(),
                            reportsToId == null ? "" : ", \"reportsToId\": \"" + reportsToId + "\"");
            GroupView group = created(region.coordinator(), "/api/v1/groups", body, GroupView.class);
            for (String[] m : members) {
                created(
                        region.coordinator(),
                        "/api/v1/groups/" + group.id() + "/members",
                        "{\"actorId\": \"%s\", \"role\": \"%s\", \"termStart\": \"%s\"}"
                                .formatted(m[0], m[1], LocalDate.now().minusDays(1)));
            }
            return group;
        }
    }

    /**
     * A meeting of a group, made by a user who may edit its meetings (the region's coordinator unless
     * told otherwise), with numbered items and action items, taken as far as its minutes are asked to
     * go: planned, held, approved or published.
     */
    public final class MeetingBuilder {

        private GroupView group;
        private String by;
        private String title = Api.unique("Kokous");
        private OffsetDateTime startsAt =
                OffsetDateTime.now(ZoneOffset.ofHours(2)).plusDays(7).withNano(0);
        private final List<String[]> items = new ArrayList<>();
        private final List<String[]> actionItems = new ArrayList<>();
        private String status = "PLANNED";

        public MeetingBuilder of(GroupView group) {
            this.group = group;
            return this;
        }

        /** Made and moved on by this user (one who may edit the group's meetings). */
        public MeetingBuilder by(String username) {
            this.by = username;
            return this;
        }

        public MeetingBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public MeetingBuilder at(OffsetDateTime startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        /** A numbered item (§) with its decision (null: none yet). */
        public MeetingBuilder withItem(String title, String decision) {
            items.add(new String[] {title, decision});
            return this;
        }

        /** An action item of the last item, for an actor (or none). */
        public MeetingBuilder withActionItem(String description, ActorView responsible) {
            if (items.isEmpty()) {
                throw new IllegalStateException("an action item belongs to an item: withItem first");
            }
            actionItems.add(new String[] {
                String.valueOf(items.size() - 1), description, responsible == null ? null : responsible.id()
            });
            return this;
        }

        public MeetingBuilder held() {
            status = "HELD";
            return this;
        }

        public MeetingBuilder approved() {
            status = "APPROVED";
            return this;
        }

        public MeetingBuilder published() {
            status = "PUBLISHED";
            return this;
        }

        public MeetingView create() {
            if (group == null || by == null) {
                throw new IllegalStateException("a meeting needs a group and its editor: of(group).by(user)");
            }
            String body = """
                    {"groupId": "%s", "title": "%s", "startsAt": "%s", "endsAt": "%s", "place": "Kunnantalo"}
                    """.formatted(group.id(), title, startsAt, startsAt.plusHours(2));
            MeetingView meeting = created(by, "/api/v1/meetings", body, MeetingView.class);
            String path = "/api/v1/meetings/" + meeting.id();
            List<String> itemIds = new ArrayList<>();
            for (String[] i : items) {
                String decision = i[1] == null ? "" : ", \"decision\": \"" + i[1] + "\"";
                itemIds.add(created(by, path + "/items", "{\"title\": \"%s\"%s}".formatted(i[0], decision))
                        .get("id")
                        .asString());
            }
            for (String[] a : actionItems) {
                String responsible = a[2] == null ? "" : ", \"responsibleActorId\": \"" + a[2] + "\"";
                created(
                        by,
                        path + "/action-items",
                        "{\"itemId\": \"%s\", \"description\": \"%s\"%s}"
                                .formatted(itemIds.get(Integer.parseInt(a[0])), a[1], responsible));
            }
            for (String step : steps()) {
                perform(by, MockMvcRequestBuilders.post(path + "/" + step), 200);
            }
            return read(by, path, MeetingView.class);
        }

        private List<String> steps() {
            return switch (status) {
                case "HELD" -> List.of("held");
                case "APPROVED" -> List.of("held", "approve");
                case "PUBLISHED" -> List.of("held", "approve", "publish");
                default -> List.of();
            };
        }
    }

    /**
     * What the work answers when done as this user, in this thread (for calling a facade as someone):
     * the user is loaded as a login would load them.
     */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** Reads an item through the API as the user (200 expected). */
    public <T> T read(String user, String path, Class<T> type) {
        return json.readValue(body(perform(user, MockMvcRequestBuilders.get(path), 200)), type);
    }

    /** Posts the body as the user (201 expected) and answers what was made. */
    private JsonNode created(String user, String path, String body) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return json.readTree(body(perform(user, post, 201)));
    }

    private <T> T created(String user, String path, String body, Class<T> type) {
        return json.treeToValue(created(user, path, body), type);
    }

    private MvcResult perform(String user, MockHttpServletRequestBuilder request, int expected) {
        MvcResult result;
        try {
            result = mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(httpBasic(user, "demo")))
                    .andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int status = result.getResponse().getStatus();
        if (status != expected) {
            throw new IllegalStateException(result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI() + " answered " + status + ": " + body(result));
        }
        return result;
    }

    private static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
