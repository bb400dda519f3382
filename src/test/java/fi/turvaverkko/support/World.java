package fi.turvaverkko.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A world of a test's own: a region with its lead actor and coordinator, its sub-regions and
 * municipalities, actors and the users who act for them, with names and codes no other test uses, so
 * that a test asserts what it made and not what the demo data happens to hold.
 *
 * <pre>{@code
 * World world = World.of(mvc);
 * World.Region lapland = world.region();
 * World.Area salla = world.municipality(lapland);
 * World.Actor rescue = world.actor("Pelastuslaitos").sector("RESCUE").in(salla).create();
 * World.User chief = world.user().actingFor(rescue).create();
 * mvc.perform(get("/api/v1/me").with(chief.basic()));
 * }</pre>
 *
 * <p>Everything is made through the API and the pages, as the people in it would (and with their
 * rights), never through a module's Java types: {@code support} is used by the tests of every module,
 * and a dependency of it on one would make the modules cyclic (docs/testing.md).
 *
 * <p>A new world needs someone to start it: the demo data's {@value #ADMIN} (who makes regions and
 * users) and the demo region's {@value #COORDINATOR} (who makes the new region's lead actor, before
 * the region has a coordinator of its own). Nothing else of the demo data is used.
 */
public final class World {

    /** The demo data's admin, who makes regions and users. */
    public static final String ADMIN = "admin";

    /** The demo region's coordinator, who makes a new region's lead actor. */
    public static final String COORDINATOR = "coordinator";

    /** The demo users' password. */
    static final String DEMO_PASSWORD = "demo";

    /** The country every new region belongs to. */
    public static final String COUNTRY = "FI";

    /** The password of every user a world makes (the policy asks for ten characters). */
    public static final String PASSWORD = "testi-salasana";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Region> regionOfArea = new HashMap<>();
    private MockHttpSession adminSession;

    private World(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A world made through this MockMvc (an {@code @IntegrationTest} has one to autowire). */
    public static World of(MockMvc mvc) {
        return new World(mvc);
    }

    /** An area as the API answers it. */
    public record Area(String id, String code, String name, String type) {}

    /** An organisation of the network. */
    public record Actor(String id, String name, Area home) {}

    /** A user who logs in with {@link World#PASSWORD}. */
    public record User(String id, String username, List<String> roles, List<Actor> actors) {

        /** The user's HTTP Basic login, for API calls: {@code .with(user.basic())}. */
        public RequestPostProcessor basic() {
            return httpBasic(username, PASSWORD);
        }
    }

    /** A region of its own: its area, its lead actor and the coordinator who acts for the lead. */
    public record Region(Area area, Actor lead, User coordinator) {

        public String code() {
            return area.code();
        }
    }

    /** A text no other test uses, for names and codes: a letter, then digits and letters. */
    public static String unique() {
        return ("W" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + NEXT.incrementAndGet())
                .toUpperCase(Locale.ROOT);
    }

    /**
     * A new region of the country with its lead actor (a regional council) and a coordinator who acts
     * for it, so that the coordinator coordinates this region and no other.
     */
    public Region region() {
        String code = unique();
        Area area = area(adminBasic(), "REGION", code, COUNTRY, "Testimaakunta " + code);
        Actor lead = actorAs(
                httpBasic(COORDINATOR, DEMO_PASSWORD),
                "Testimaakunnan liitto " + code,
                "REGIONAL_COUNCIL",
                "REGIONAL",
                COUNTRY);
        ObjectNode region = (ObjectNode) call(get("/api/v1/areas/" + area.id()).with(adminBasic()), 200);
        region.put("leadActorId", lead.id());
        call(put("/api/v1/areas/" + area.id()).with(adminBasic()), region, 200);
        User coordinator =
                user().named("tk" + code).role("COORDINATOR").actingFor(lead).create();
        ObjectNode leadBody =
                (ObjectNode) call(get("/api/v1/actors/" + lead.id()).with(coordinator.basic()), 200);
        leadBody.put("homeAreaId", area.id());
        leadBody.put("homeAreaCode", area.code());
        call(put("/api/v1/actors/" + lead.id()).with(coordinator.basic()), leadBody, 200);
        Region made = new Region(area, new Actor(lead.id(), lead.name(), area), coordinator);
        regionOfArea.put(area.code(), made);
        return made;
    }

    /** A new sub-region of the region, made by its coordinator. */
    public Area subRegion(Region region) {
        String code = unique();
        return area(region, "SUBREGION", code, region.code(), "Testiseutu " + code);
    }

    /** A new municipality of the region (directly below it), made by its coordinator. */
    public Area municipality(Region region) {
        return municipality(region, region.area());
    }

    /** A new municipality below a region or a sub-region of it, made by the region's coordinator. */
    public Area municipality(Region region, Area parent) {
        String code = unique();
        return area(region, "MUNICIPALITY", code, parent.code(), "Testikunta " + code);
    }

    /** An actor to make: {@code world.actor("Pelastuslaitos").sector("RESCUE").in(salla).create()}. */
    public ActorBuilder actor(String name) {
        return new ActorBuilder(name);
    }

    /** A user to make: {@code world.user().actingFor(rescue).role("COORDINATOR").create()}. */
    public UserBuilder user() {
        return new UserBuilder();
    }

    /** What {@link #actor} makes: a local NGO of the area unless told otherwise. */
    public final class ActorBuilder {

        private final String name;
        private String sector = "NGO";
        private String level = "LOCAL";
        private Area home;
        private RequestPostProcessor as;

        private ActorBuilder(String name) {
            this.name = name + " " + unique();
        }

        /** The sector's code (catalogue {@code sectors}); an authority's sector makes an authority. */
        public ActorBuilder sector(String code) {
            this.sector = code;
            return this;
        }

        /** NATIONAL, REGIONAL or LOCAL. */
        public ActorBuilder level(String code) {
            this.level = code;
            return this;
        }

        /** Its home area. */
        public ActorBuilder in(Area area) {
            this.home = area;
            return this;
        }

        /** Made by this user (by default: the coordinator of the home area's region). */
        public ActorBuilder by(User user) {
            this.as = user.basic();
            return this;
        }

        /** Made through the API; answers the actor with its id. */
        public Actor create() {
            if (home == null) {
                throw new IllegalStateException("an actor needs its home area: .in(area)");
            }
            if (as == null) {
                Region region = regionOfArea.get(home.code());
                if (region == null) {
                    throw new IllegalStateException("the home area " + home.code()
                            + " is not of this world: say who makes the actor, .by(user)");
                }
                as = region.coordinator().basic();
            }
            Actor made = actorAs(as, name, sector, level, home.code());
            return new Actor(made.id(), made.name(), home);
        }
    }

    /** What {@link #user} makes: an active member who acts for the actors given. */
    public final class UserBuilder {

        private String username = "tu" + unique().toLowerCase(Locale.ROOT);
        private final List<String> roles = new ArrayList<>();
        private final List<Actor> actors = new ArrayList<>();

        private UserBuilder() {}

        public UserBuilder named(String username) {
            this.username = username.toLowerCase(Locale.ROOT);
            return this;
        }

        /** ADMIN, COORDINATOR or MEMBER (MEMBER when none is given). */
        public UserBuilder role(String role) {
            roles.add(role);
            return this;
        }

        public UserBuilder actingFor(Actor... actors) {
            this.actors.addAll(List.of(actors));
            return this;
        }

        /** Made by the admin on the admin page for users, as an admin would. */
        public User create() {
            List<String> asked = roles.isEmpty() ? List.of("MEMBER") : List.copyOf(roles);
            MockHttpServletRequestBuilder form = post("/admin/users/new")
                    .session(adminSession())
                    .with(csrf())
                    .param("username", username)
                    .param("displayName", "Testikäyttäjä " + username)
                    .param("email", username + "@example.org")
                    .param("status", "ACTIVE")
                    .param("password", PASSWORD);
            asked.forEach(r -> form.param("roles", r));
            actors.forEach(a -> form.param("actorIds", a.id()));
            MockHttpServletResponse answer = perform(form);
            String location = answer.getRedirectedUrl();
            if (answer.getStatus() != 302 || location == null || !location.startsWith("/admin/users/")) {
                throw new IllegalStateException("the admin could not make the user " + username + ": "
                        + answer.getStatus() + " " + text(answer));
            }
            return new User(location.substring("/admin/users/".length()), username, asked, List.copyOf(actors));
        }
    }

    private Area area(Region region, String type, String code, String parentCode, String name) {
        Area made = area(region.coordinator().basic(), type, code, parentCode, name);
        regionOfArea.put(code, region);
        return made;
    }

    private Area area(RequestPostProcessor as, String type, String code, String parentCode, String name) {
        ObjectNode body = json.createObjectNode()
                .put("type", type)
                .put("code", code)
                .put("parentCode", parentCode)
                .put("name", name);
        JsonNode made = call(post("/api/v1/areas").with(as), body, 201);
        return new Area(made.get("id").asString(), code, name, type);
    }

    private Actor actorAs(RequestPostProcessor as, String name, String sector, String level, String homeAreaCode) {
        ObjectNode body = json.createObjectNode()
                .put("name", name)
                .put("sector", sector)
                .put("level", level)
                .put("homeAreaCode", homeAreaCode);
        JsonNode made = call(post("/api/v1/actors").with(as), body, 201);
        return new Actor(made.get("id").asString(), name, null);
    }

    private RequestPostProcessor adminBasic() {
        return httpBasic(ADMIN, DEMO_PASSWORD);
    }

    /** The admin's session on the pages (the admin pages take a form login, not HTTP Basic). */
    private MockHttpSession adminSession() {
        if (adminSession == null) {
            MvcResult login;
            try {
                login = mvc.perform(post("/login")
                                .param("username", ADMIN)
                                .param("password", DEMO_PASSWORD)
                                .with(csrf()))
                        .andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (!"/".equals(login.getResponse().getRedirectedUrl())) {
                throw new IllegalStateException("the demo admin could not log in: "
                        + login.getResponse().getRedirectedUrl());
            }
            adminSession = (MockHttpSession) login.getRequest().getSession(false);
        }
        return adminSession;
    }

    private JsonNode call(MockHttpServletRequestBuilder request, JsonNode body, int expected) {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), expected);
    }

    private JsonNode call(MockHttpServletRequestBuilder request, int expected) {
        MockHttpServletResponse answer = perform(request.accept(MediaType.APPLICATION_JSON));
        if (answer.getStatus() != expected) {
            throw new IllegalStateException("the world could not be made: " + answer.getStatus() + " " + text(answer));
        }
        return json.readTree(text(answer));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MockHttpServletResponse answer) {
        try {
            return answer.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
