package fi.turvaverkko.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data of planning that a test makes for itself, through the API as a demo user, with names no
 * other test uses: {@code data.aMeasure().by(rescue).in("047").inProgramme(list).create()}. Only the
 * demo users and the areas of Lapland are taken as given; actors, programmes, goals and measures are
 * made here, so a test does not depend on the demo data's names.
 */
public final class PlanningData {

    private final MockMvc mvc;
    private final JsonMapper json;

    public PlanningData(MockMvc mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public ActorBuilder anActor() {
        return new ActorBuilder();
    }

    public ProgrammeBuilder aProgramme() {
        return new ProgrammeBuilder();
    }

    public GoalBuilder aGoal() {
        return new GoalBuilder();
    }

    public MeasureBuilder aMeasure() {
        return new MeasureBuilder();
    }

    /**
     * A cooperation group of its own in Savukoski, owned by the region's lead actor; answers its id. Not
     * in the region itself or Rovaniemi: their organisation charts are drawn by the network's tests,
     * and a test's groups there would lengthen them.
     */
    public String aGroup() throws Exception {
        String owner = read("coordinator", "/api/v1/me").get("actorIds").get(0).asString();
        return created("coordinator", "/api/v1/groups", """
                {"name": "%s", "kind": "COOPERATION_GROUP", "ownerActorId": "%s", "areaCode": "742"}""".formatted(Api.unique("Testiryhmä"), owner));
    }

    /** Makes the actor a member of the group from today on; answers the membership's id. */
    public String member(String groupId, String actorId) throws Exception {
        return created("coordinator", "/api/v1/groups/" + groupId + "/members", """
                {"actorId": "%s", "role": "MEMBER"}""".formatted(actorId));
    }

    /** Ends a membership, so that a demo user's rights are as other tests expect them. */
    public void leave(String groupId, String membershipId) throws Exception {
        mvc.perform(Api.delete("coordinator", "/api/v1/groups/" + groupId + "/members/" + membershipId))
                .andExpect(status().isNoContent());
    }

    /** Deletes a draft programme with its goals and measures. */
    public void deleteProgramme(String user, String programmeId) throws Exception {
        mvc.perform(Api.delete(user, "/api/v1/programmes/" + programmeId)).andExpect(status().isNoContent());
    }

    /** The first actor a demo user acts for. */
    public String actorOf(String user) throws Exception {
        return read(user, "/api/v1/me").get("actorIds").get(0).asString();
    }

    /** The item as the API returns it to the user. */
    public JsonNode read(String user, String path) throws Exception {
        String body = mvc.perform(Api.get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    /** Creates through the API; answers the new item's id. */
    public String created(String user, String path, String body) throws Exception {
        String response = mvc.perform(Api.post(user, path, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    /** An organisation of its own (made by the region's coordinator). */
    public final class ActorBuilder {
        private String area = "698";
        private String sector = "NGO";
        private String name = Api.unique("Testitoimija");

        public ActorBuilder in(String areaCode) {
            this.area = areaCode;
            return this;
        }

        public ActorBuilder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public ActorBuilder named(String name) {
            this.name = name;
            return this;
        }

        public String create() throws Exception {
            return created("coordinator", "/api/v1/actors", """
                    {"name": "%s", "sector": "%s", "level": "LOCAL", "homeAreaCode": "%s", "businessId": "%s"}""".formatted(name, sector, area, Api.businessId()));
        }
    }

    /** A programme, a draft unless approved; the coordinator's of the region unless told otherwise. */
    public final class ProgrammeBuilder {
        private String user = "coordinator";
        private String kind = "ACTION_LIST";
        private String area = "19";
        private String owner;
        private String ownerGroup;
        private boolean restricted;
        private String approvedBy;
        private final String name = Api.unique("Testiohjelma");

        public ProgrammeBuilder as(String user) {
            this.user = user;
            return this;
        }

        public ProgrammeBuilder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public ProgrammeBuilder in(String areaCode) {
            this.area = areaCode;
            return this;
        }

        public ProgrammeBuilder ownedBy(String actorId) {
            this.owner = actorId;
            return this;
        }

        public ProgrammeBuilder ownedByGroup(String groupId) {
            this.ownerGroup = groupId;
            return this;
        }

        public ProgrammeBuilder restricted() {
            this.restricted = true;
            return this;
        }

        /** Approved by the decision of this reference. */
        public ProgrammeBuilder approved(String decision) {
            this.approvedBy = decision;
            return this;
        }

        public String name() {
            return name;
        }

        public String create() throws Exception {
            String ownerJson = ownerGroup != null
                    ? "\"ownerGroupId\": \"" + ownerGroup + "\""
                    : "\"ownerActorId\": \"" + (owner == null ? ownActor(user) : owner) + "\"";
            String id = created(user, "/api/v1/programmes", """
                    {"kind": "%s", "name": "%s", "areaCode": "%s", %s, "periodStart": "2026-01-01",
                     "periodEnd": "2028-12-31", "confidentiality": "%s"}""".formatted(
                            kind, name, area, ownerJson, restricted ? "RESTRICTED" : "PUBLIC"));
            if (approvedBy != null) {
                mvc.perform(Api.post(user, "/api/v1/programmes/" + id + "/approve", """
                                {"decisionReference": "%s", "decisionDate": "2026-01-15"}""".formatted(approvedBy)))
                        .andExpect(status().isOk());
            }
            return id;
        }

        private String ownActor(String user) throws Exception {
            return read(user, "/api/v1/me").get("actorIds").get(0).asString();
        }
    }

    /** A goal of a programme (a draft's). */
    public final class GoalBuilder {
        private String user = "coordinator";
        private String programme;
        private String parent;
        private String code = "";
        private final String title = Api.unique("Testitavoite");

        public GoalBuilder as(String user) {
            this.user = user;
            return this;
        }

        public GoalBuilder in(String programmeId) {
            this.programme = programmeId;
            return this;
        }

        public GoalBuilder under(String parentId) {
            this.parent = parentId;
            return this;
        }

        public GoalBuilder code(String code) {
            this.code = code;
            return this;
        }

        public String create() throws Exception {
            return created(user, "/api/v1/goals", """
                    {"programmeId": "%s", "code": "%s", "title": "%s"%s}""".formatted(
                            programme, code, title, parent == null ? "" : ", \"parentId\": \"" + parent + "\""));
        }
    }

    /**
     * A measure of the action list: planned, in Rovaniemi, preventive, running from March 2026 to October
     * 2028, with a planned cost in 2026, unless told otherwise.
     */
    public final class MeasureBuilder {
        private String user = "coordinator";
        private String programme;
        private String responsible;
        private final List<String> areas = new ArrayList<>();
        private String theme = "VILLAGE_SAFETY";
        private String emphasis = "PREVENTION";
        private String startDate = "2026-03-01";
        private String endDate = "2028-10-31";
        private final List<String> goals = new ArrayList<>();
        private String costs = "[{\"year\": 2026, \"planned\": 1200.50}]";
        private String code;
        private String title = Api.unique("Testitoimenpide");

        public MeasureBuilder as(String user) {
            this.user = user;
            return this;
        }

        public MeasureBuilder inProgramme(String programmeId) {
            this.programme = programmeId;
            return this;
        }

        public MeasureBuilder by(String actorId) {
            this.responsible = actorId;
            return this;
        }

        public MeasureBuilder in(String... areaCodes) {
            this.areas.addAll(List.of(areaCodes));
            return this;
        }

        public MeasureBuilder theme(String theme) {
            this.theme = theme;
            return this;
        }

        public MeasureBuilder emphasis(String emphasis) {
            this.emphasis = emphasis;
            return this;
        }

        public MeasureBuilder running(String start, String end) {
            this.startDate = start;
            this.endDate = end;
            return this;
        }

        public MeasureBuilder serving(String goalId) {
            this.goals.add(goalId);
            return this;
        }

        public MeasureBuilder costs(String costsJson) {
            this.costs = costsJson;
            return this;
        }

        public MeasureBuilder code(String code) {
            this.code = code;
            return this;
        }

        public MeasureBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public String title() {
            return title;
        }

        public String json() {
            List<String> quotedAreas = (areas.isEmpty() ? List.of("698") : areas)
                    .stream().map(a -> "\"" + a + "\"").toList();
            List<String> quotedGoals = goals.stream().map(g -> "\"" + g + "\"").toList();
            return """
                    {"programmeId": "%s", %s"title": "%s", "responsibleActorId": "%s", "areaCodes": [%s],
                     "themes": ["%s"], "targetGroups": ["VILLAGES"], "emphasis": "%s", "goalIds": [%s],
                     "startDate": "%s", "endDate": "%s", "costs": %s}""".formatted(
                            programme,
                            code == null ? "" : "\"code\": \"" + code + "\", ",
                            title,
                            responsible,
                            String.join(", ", quotedAreas),
                            theme,
                            emphasis,
                            String.join(", ", quotedGoals),
                            startDate,
                            endDate,
                            costs);
        }

        public String create() throws Exception {
            return created(user, "/api/v1/measures", json());
        }
    }
}
