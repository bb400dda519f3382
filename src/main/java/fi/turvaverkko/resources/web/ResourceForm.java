package fi.turvaverkko.resources.web;

import fi.turvaverkko.platform.TimeFormat;
import fi.turvaverkko.resources.ResourceDraft;
import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource form as typed: every field a string, so that what a person typed is shown back
 * unchanged when it is refused; numbers may have a decimal comma, dates come from the date field (2026-12-31) or as d.M.yyyy.
 */
record ResourceForm(
        String typeCode,
        String name,
        String description,
        String ownerActorId,
        String quantity,
        String areaCode,
        String lat,
        String lon,
        String availability,
        String activationMinutes,
        String contact247,
        String agreementStatus,
        String confidentiality,
        String lastVerified,
        Long version) {

    static ResourceForm empty(String ownerActorId) {
        return new ResourceForm(
                "", "", "", ownerActorId, "1", "", "", "", "AVAILABLE", "60", "", "NONE", "PUBLIC", "", null);
    }

    static ResourceForm of(ResourceView v) {
        return new ResourceForm(
                v.typeCode(),
                v.name(),
                v.description(),
                v.ownerActorId(),
                String.valueOf(v.quantity()),
                v.areaCode(),
                Boolean.TRUE.equals(v.locationExact()) ? String.valueOf(v.lat()) : "",
                Boolean.TRUE.equals(v.locationExact()) ? String.valueOf(v.lon()) : "",
                v.availability(),
                String.valueOf(v.activationMinutes()),
                v.contact247(),
                v.agreementStatus(),
                v.confidentiality(),
                TimeFormat.isoDate(v.lastVerified()),
                v.version());
    }

    /** The resource this form describes, or a refusal naming each field that cannot be read. */
    ResourceDraft toDraft() {
        List<Problem> problems = new ArrayList<>();
        Integer q = integer(problems, "quantity", quantity);
        Integer act = integer(problems, "activationMinutes", activationMinutes);
        Double la = decimal(problems, "lat", lat);
        Double lo = decimal(problems, "lon", lon);
        LocalDate verified = date(problems, "lastVerified", lastVerified);
        InvalidInputException.throwIfAny(problems);
        return new ResourceDraft(
                typeCode,
                name,
                description,
                blank(ownerActorId),
                q,
                areaCode,
                la,
                lo,
                availability,
                act,
                contact247,
                agreementStatus,
                confidentiality,
                verified);
    }

    private static Integer integer(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim().replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.import.integer", v));
            return null;
        }
    }

    private static Double decimal(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.field(field, "error.import.number", v));
            return null;
        }
    }

    private static LocalDate date(List<Problem> problems, String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        LocalDate d = TimeFormat.parseDate(v);
        if (d == null) {
            problems.add(Problem.field(field, "error.import.date", v));
        }
        return d;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Keeps the compiler honest about the exception type FormErrors takes. */
    static DomainException asDomain(RuntimeException e) {
        return e instanceof DomainException d ? d : null;
    }
}
