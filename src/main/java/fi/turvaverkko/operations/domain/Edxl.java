package fi.turvaverkko.operations.domain;

import fi.turvaverkko.operations.CommitmentView;
import fi.turvaverkko.operations.DisruptionView;
import fi.turvaverkko.operations.OfferView;
import fi.turvaverkko.operations.RequestView;
import fi.turvaverkko.resources.ResourceTypeView;
import fi.turvaverkko.resources.ResourceView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests, offers and commitments as OASIS EDXL Resource Messaging (EDXL-RM 1.0) shaped JSON: the
 * element names and nesting of RequestResource, ResponseToRequestResource and CommitResource, so that
 * a partner's system can map them one to one.
 */
final class Edxl {

    static final String VALUE_LIST = "urn:turvaverkko:resource-types";

    private Edxl() {}

    static Map<String, Object> requestResource(
            RequestView r, DisruptionView d, ResourceTypeView type, String requester) {
        Map<String, Object> m = header("RequestResource", "request-" + r.id(), r.createdAt(), null, d);
        m.put("ContactInformation", List.of(contact("Requester", requester)));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("ResourceInfoElementID", "request-" + r.id());
        info.put("Resource", resource(null, type, r.typeCode(), null, r.description()));
        info.put("AssignmentInformation", assignment(r.quantity(), type));
        List<Map<String, Object>> schedule = new ArrayList<>();
        if (r.neededBy() != null) {
            schedule.add(schedule("RequestedArrival", r.neededBy(), r.lat(), r.lon(), r.areaCode()));
        } else if (r.lat() != null) {
            schedule.add(schedule("RequestedArrival", null, r.lat(), r.lon(), r.areaCode()));
        }
        info.put("ScheduleInformation", schedule);
        info.put("ResourceStatus", Map.of("DeploymentStatus", Map.of("Value", r.status())));
        m.put("ResourceInformation", List.of(info));
        return m;
    }

    static Map<String, Object> responseToRequest(
            OfferView o, RequestView r, DisruptionView d, ResourceView res, String owner) {
        Map<String, Object> m =
                header("ResponseToRequestResource", "offer-" + o.id(), o.createdAt(), "request-" + r.id(), d);
        m.put("ContactInformation", List.of(contact("Owner", owner)));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("ResourceInfoElementID", "offer-" + o.id());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("PrecedingResourceInfoElementID", "request-" + r.id());
        response.put(
                "ResponseType",
                switch (o.status()) {
                    case "DECLINED", "WITHDRAWN" -> "Decline";
                    case "COMMITTED" -> "Accept";
                    default -> o.quantity() < r.quantity() ? "Provisional" : "Accept";
                });
        if (o.note() != null) {
            response.put("ResponseReason", o.note());
        }
        info.put("ResponseInformation", response);
        info.put("Resource", resource(res, null, res == null ? r.typeCode() : res.typeCode(), owner, null));
        info.put("AssignmentInformation", assignment(o.quantity(), null));
        info.put(
                "ScheduleInformation",
                o.eta() == null ? List.of() : List.of(schedule("EstimatedArrival", o.eta(), null, null, null)));
        m.put("ResourceInformation", List.of(info));
        return m;
    }

    static Map<String, Object> commitResource(
            CommitmentView c, RequestView r, DisruptionView d, ResourceView res, String owner) {
        Map<String, Object> m =
                header("CommitResource", "commitment-" + c.id(), c.committedAt(), "offer-" + c.offerId(), d);
        m.put("ContactInformation", List.of(contact("Owner", owner)));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("ResourceInfoElementID", "commitment-" + c.id());
        info.put("Resource", resource(res, null, res == null ? r.typeCode() : res.typeCode(), owner, null));
        info.put("AssignmentInformation", assignment(c.quantity(), null));
        List<Map<String, Object>> schedule = new ArrayList<>();
        if (c.eta() != null) {
            schedule.add(schedule("EstimatedArrival", c.eta(), r.lat(), r.lon(), r.areaCode()));
        }
        if (c.deployedAt() != null) {
            schedule.add(schedule("ActualArrival", c.deployedAt(), r.lat(), r.lon(), r.areaCode()));
        }
        if (c.releasedAt() != null) {
            schedule.add(schedule("ActualReturn", c.releasedAt(), null, null, null));
        }
        info.put("ScheduleInformation", schedule);
        info.put(
                "ResourceStatus",
                Map.of(
                        "DeploymentStatus",
                        Map.of(
                                "Value",
                                switch (c.status()) {
                                    case "DEPLOYED" -> "Deployed";
                                    case "RELEASED" -> "Released";
                                    default -> "Committed";
                                })));
        m.put("ResourceInformation", List.of(info));
        return m;
    }

    private static Map<String, Object> header(
            String type, String messageId, OffsetDateTime sent, String precedingId, DisruptionView d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MessageID", "turvaverkko-" + messageId);
        m.put("SentDateTime", sent == null ? null : sent.toString());
        m.put("MessageContentType", type);
        if (precedingId != null) {
            m.put("PrecedingMessageID", "turvaverkko-" + precedingId);
        }
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("IncidentID", "turvaverkko-disruption-" + d.id());
        incident.put("IncidentDescription", d.title());
        m.put("IncidentInformation", List.of(incident));
        return m;
    }

    private static Map<String, Object> contact(String role, String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("ContactRole", role);
        c.put("ContactDescription", name);
        return c;
    }

    private static Map<String, Object> resource(
            ResourceView res, ResourceTypeView type, String typeCode, String owner, String description) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (res != null) {
            r.put("ResourceID", "turvaverkko-resource-" + res.id());
            r.put("Name", res.name());
        }
        r.put("TypeStructure", Map.of("Value", typeCode, "ValueListURN", VALUE_LIST));
        if (type != null) {
            r.put("TypeInfo", Map.of("Kind", type.kind(), "Function", type.function(), "TypeLevel", type.levelRoman()));
        }
        if (description != null) {
            r.put("Description", description);
        }
        if (owner != null) {
            r.put("OwnershipInformation", Map.of("Owner", owner));
        }
        return r;
    }

    private static Map<String, Object> assignment(int quantity, ResourceTypeView type) {
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("Amount", quantity);
        if (type != null) {
            measured.put("UnitOfMeasure", type.unit());
        }
        return Map.of("Quantity", Map.of("MeasuredQuantity", measured));
    }

    private static Map<String, Object> schedule(
            String kind, OffsetDateTime at, Double lat, Double lon, String areaCode) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ScheduleType", kind);
        if (at != null) {
            s.put("DateTime", at.toString());
        }
        if (lat != null || areaCode != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            if (areaCode != null) {
                location.put("LocationDescription", "municipality " + areaCode);
            }
            if (lat != null) {
                location.put("TargetArea", Map.of("Point", Map.of("lat", lat, "lon", lon)));
            }
            s.put("Location", location);
        }
        return s;
    }
}
