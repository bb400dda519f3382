package fi.turvaverkko.analysis.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One thing the analysis found, with its reason and links to the items behind it.
 *
 * @param id a stable key, e.g. {@code OVERLAP:12:57}; what a person decides about it is kept by it
 * @param type the kind of finding
 * @param areaId the area it concerns, when it concerns one
 * @param reason why it was found, in the caller's language
 * @param items the measures, scenarios, indicators, goals or areas behind it
 * @param sharedWords for an overlap, the words both texts share
 * @param status OPEN, HANDLED or NOT_RELEVANT
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        String id,
        FindingType type,
        String areaId,
        String areaName,
        String reason,
        double weight,
        List<Item> items,
        List<String> sharedWords,
        String status,
        String statusReason,
        String decidedBy) {

    /** An item behind a finding and where to see it. */
    @Schema(name = "FindingItem")
    public record Item(String type, String id, String label, String href) {}

    public boolean open() {
        return "OPEN".equals(status);
    }
}
