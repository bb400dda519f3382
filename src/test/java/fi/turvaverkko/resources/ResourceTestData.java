package fi.turvaverkko.resources;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.World;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resources of a test's own world, made through the API by a user who acts for the owner:
 * {@code resources.aResource().of(rescue).by(chief).in(salla).create()}. Every other field has a
 * valid default (a built-in type, two units, a point in Lapland, public).
 */
final class ResourceTestData {

    /** A built-in type of the catalogue. */
    static final String TYPE = "GENERATOR_20KVA";

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    ResourceTestData(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A resource as the API made it. */
    record ResourceRef(String id, String name, long version, JsonNode body) {}

    ResourceBuilder aResource() {
        return new ResourceBuilder();
    }

    final class ResourceBuilder {

        private World.Actor owner;
        private World.User as;
        private World.Area area;
        private String name = "Testivoimavara " + World.unique();
        private int quantity = 2;
        private String confidentiality = "PUBLIC";

        /** Owned by the actor, made by a user who acts for it. */
        ResourceBuilder of(World.Actor owner, World.User as) {
            this.owner = owner;
            this.as = as;
            return this;
        }

        ResourceBuilder in(World.Area municipality) {
            this.area = municipality;
            return this;
        }

        ResourceBuilder named(String name) {
            this.name = name;
            return this;
        }

        ResourceBuilder quantity(int quantity) {
            this.quantity = quantity;
            return this;
        }

        ResourceBuilder restricted() {
            this.confidentiality = "RESTRICTED";
            return this;
        }

        ResourceRef create() throws Exception {
            if (owner == null || area == null) {
                throw new IllegalStateException("a resource needs its owner and area: .of(actor, user).in(area)");
            }
            String body = """
                    {"typeCode": "%s", "name": "%s", "ownerActorId": "%s", "quantity": %d, "areaCode": "%s",
                     "lat": 66.5, "lon": 25.7, "availability": "AVAILABLE", "activationMinutes": 30,
                     "contact247": "Päivystys 040 000 0000", "agreementStatus": "WRITTEN",
                     "confidentiality": "%s"}""".formatted(TYPE, name, owner.id(), quantity, area.code(), confidentiality);
            String answer = mvc.perform(post("/api/v1/resources")
                            .with(as.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            JsonNode made = json.readTree(answer);
            return new ResourceRef(
                    made.get("id").asString(), name, made.get("version").asLong(), made);
        }
    }
}
