package fi.turvaverkko.resources;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A resource of the registry as the API shows it and takes it back in {@code PUT}. For a caller who
 * may not see its exact location, {@code lat}/{@code lon} are the centre of its municipality and
 * {@code locationExact} is false; {@code contact247} is shown only on a single resource to its owner,
 * the region's coordinator and authority users while a disruption is active there. Read-only:
 * {@code id}, {@code committed}, {@code available}, {@code easting}, {@code northing},
 * {@code locationExact}, {@code verificationDue}.
 */
public record ResourceView(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        String typeCode,
        String name,
        String description,
        String ownerActorId,
        Integer quantity,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer committed,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer available,
        String areaCode,
        Double lat,
        Double lon,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long easting,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long northing,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean locationExact,
        String availability,
        Integer activationMinutes,
        String contact247,
        String agreementStatus,
        String confidentiality,
        LocalDate lastVerified,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean verificationDue,
        Long version) {

    public static final java.util.List<String> AVAILABILITIES =
            java.util.List.of("AVAILABLE", "LIMITED", "UNAVAILABLE");
    public static final java.util.List<String> AGREEMENTS = java.util.List.of("NONE", "VERBAL", "WRITTEN", "FRAMEWORK");
    public static final java.util.List<String> CONFIDENTIALITIES = java.util.List.of("PUBLIC", "RESTRICTED");

    /** A copy without what only privileged readers see. */
    @JsonIgnore
    public ResourceView withoutContact() {
        return new ResourceView(
                id,
                typeCode,
                name,
                description,
                ownerActorId,
                quantity,
                committed,
                available,
                areaCode,
                lat,
                lon,
                easting,
                northing,
                locationExact,
                availability,
                activationMinutes,
                null,
                agreementStatus,
                confidentiality,
                lastVerified,
                verificationDue,
                version);
    }
}
