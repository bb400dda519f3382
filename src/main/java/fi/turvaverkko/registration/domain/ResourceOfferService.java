package fi.turvaverkko.registration.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.Areas;
import fi.turvaverkko.platform.Catalogues;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers of resources to the regional registry. An organisation's users offer; the coordinator of
 * its region approves (the resource is then added to the registry) or rejects with a reason; the
 * asker gets a mail either way. The workflow is {@link RequestWorkflow}'s.
 */
@Service
public class ResourceOfferService implements RequestType<ResourceOfferCommand, ResourceOfferView> {

    /** The resource types' catalogue, kept by the resources module. */
    public static final String TYPES = "resource-types";

    /** The availabilities of the registry. */
    public static final List<String> AVAILABILITIES = List.of("AVAILABLE", "LIMITED", "UNAVAILABLE");

    private final RequestWorkflow workflow;
    private final Catalogues catalogues;
    private final RequestRights rights;
    private final Areas areas;
    private final ResourceHandOver handOver;

    ResourceOfferService(
            RequestWorkflow workflow,
            Catalogues catalogues,
            RequestRights rights,
            Areas areas,
            ResourceHandOver handOver) {
        this.workflow = workflow;
        this.catalogues = catalogues;
        this.rights = rights;
        this.areas = areas;
        this.handOver = handOver;
    }

    @Transactional
    public ResourceOfferView create(ResourceOfferCommand o) {
        ActorView actor = rights.asker(o.actorId());
        List<Problem> problems = new ArrayList<>();
        String name = Requests.text(problems, "name", o.name(), true, 200);
        String type = Requests.text(problems, "typeCode", o.typeCode(), true, Integer.MAX_VALUE);
        if (type != null && !isType(type)) {
            problems.add(Problem.field("typeCode", "error.catalogue.unknownCode", type));
        }
        if (o.quantity() == null) {
            problems.add(Problem.field("quantity", "validation.required"));
        } else if (o.quantity() < 1 || o.quantity() > 1_000_000) {
            problems.add(Problem.field("quantity", "error.offer.quantity"));
        }
        String description = Requests.text(problems, "description", o.description(), false, 4000);
        String availability = Requests.blank(o.availability());
        if (availability != null && !AVAILABILITIES.contains(availability)) {
            problems.add(Problem.field("availability", "error.catalogue.unknownCode", availability));
        }
        if (o.activationMinutes() != null && (o.activationMinutes() < 0 || o.activationMinutes() > 525_600)) {
            problems.add(Problem.field("activationMinutes", "error.offer.activation"));
        }
        AreaView area = area(o.areaCode(), problems);
        InvalidInputException.throwIfAny(problems);
        Long region = rights.regionOfArea(Long.valueOf(area.id()));
        return workflow.submit(
                this,
                Long.parseLong(actor.id()),
                region != null ? region : rights.regionOfActor(actor),
                new ResourceOfferCommand(
                        actor.id(),
                        type,
                        name,
                        description,
                        o.quantity(),
                        area.code(),
                        availability,
                        o.activationMinutes()));
    }

    /** Where the resource is: a known municipality or sub-region. */
    private AreaView area(String code, List<Problem> problems) {
        String areaCode = Requests.text(problems, "areaCode", code, true, Integer.MAX_VALUE);
        AreaView area = areaCode == null ? null : areas.findByCode(areaCode).orElse(null);
        if (areaCode != null && area == null) {
            problems.add(Problem.field("areaCode", "error.area.unknownCode", areaCode));
        } else if (area != null && !"MUNICIPALITY".equals(area.type()) && !"SUBREGION".equals(area.type())) {
            problems.add(Problem.field("areaCode", "error.offer.areaLevel"));
        }
        return area;
    }

    /** A type of the catalogue; while the catalogue is empty, any well-formed code. */
    private boolean isType(String code) {
        return catalogues.active(TYPES).isEmpty()
                ? code.matches("[A-Z][A-Z0-9_]{0,59}")
                : catalogues.isActive(TYPES, code);
    }

    public PageResult<ResourceOfferView> list(RequestFilter f, PageParams paging) {
        return workflow.list(this, f, null, paging);
    }

    /** An offer; its organisation's users and the coordinator of its region read it (404 to others). */
    public ResourceOfferView get(String id) {
        return workflow.read(this, id);
    }

    public boolean canAnswer(ResourceOfferView o) {
        return "PENDING".equals(o.status()) && workflow.canAnswer(this, workflow.get(this, o.id()));
    }

    /** Approves the offer: the resource is added to the registry, owned by the organisation. */
    @Transactional
    public ResourceOfferView approve(String id) {
        return workflow.approve(this, id);
    }

    @Transactional
    public ResourceOfferView reject(String id, Decision decision) {
        return workflow.reject(this, id, decision);
    }

    // the kind within the workflow

    @Override
    public RequestKind kind() {
        return RequestKind.OFFER;
    }

    @Override
    public ResourceOfferCommand read(ResultSet rs) throws SQLException {
        return new ResourceOfferCommand(
                rs.getString("actor_id"),
                rs.getString("resource_type_code"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getInt("quantity"),
                rs.getString("area_code"),
                rs.getString("availability"),
                rs.getObject("activation_minutes", Integer.class));
    }

    @Override
    public Map<String, Object> columns(ResourceOfferCommand c) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", c.name());
        columns.put("resource_type_code", c.typeCode());
        columns.put("quantity", c.quantity());
        columns.put("area_code", c.areaCode());
        columns.put("description", c.description());
        columns.put("availability", c.availability());
        columns.put("activation_minutes", c.activationMinutes());
        return columns;
    }

    @Override
    public boolean mayAnswer(Request request, ResourceOfferCommand c) {
        return rights.coordinates(request);
    }

    @Override
    public String handOver(Request request, ResourceOfferCommand c) {
        return handOver.create(String.valueOf(request.id()), c);
    }

    @Override
    public String subject(ResourceOfferCommand c) {
        return c.name();
    }

    @Override
    public ResourceOfferView view(Request request, ResourceOfferCommand c, String requestedBy) {
        return ResourceOfferView.of(request, c, requestedBy);
    }
}
