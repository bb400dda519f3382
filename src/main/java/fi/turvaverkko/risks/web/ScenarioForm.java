package fi.turvaverkko.risks.web;

import fi.turvaverkko.risks.RiskScenarioView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario form: what a person types and picks, kept as typed when the form is refused. Lists
 * of measure ids and resource types are typed separated by commas.
 */
public class ScenarioForm {

    private String regionCode;
    private String scaleId;
    private String title;
    private String titleSv;
    private String titleEn;
    private String description;
    private String descriptionSv;
    private String category;
    private List<String> themes = new ArrayList<>();
    private String themesText;
    private List<String> areaCodes = new ArrayList<>();
    private String ownerActorId;

    private LocalDate reviewDate;

    private Integer likelihood;
    private Map<String, Integer> impacts = new LinkedHashMap<>();
    private String reliability;
    private Integer residualLikelihood;
    private Integer residualImpact;
    private String measureIds;
    private String resourceTypes;
    private boolean restricted;
    private Long version;

    static ScenarioForm of(RiskScenarioView s) {
        ScenarioForm f = new ScenarioForm();
        f.regionCode = s.regionCode();
        f.scaleId = s.scaleId();
        f.title = s.title();
        f.titleSv = s.titleSv();
        f.titleEn = s.titleEn();
        f.description = s.description();
        f.descriptionSv = s.descriptionSv();
        f.category = s.category();
        f.themes = new ArrayList<>(s.themes());
        f.themesText = String.join(", ", s.themes());
        f.areaCodes = new ArrayList<>(s.areaCodes());
        f.ownerActorId = s.ownerActorId();
        f.reviewDate = s.reviewDate();
        f.likelihood = s.likelihood();
        f.impacts = new LinkedHashMap<>(s.impacts());
        f.reliability = s.reliability();
        f.residualLikelihood = s.residualLikelihood();
        f.residualImpact = s.residualImpact();
        f.measureIds = String.join(", ", s.measureIds());
        f.resourceTypes = String.join(", ", s.resourceTypes());
        f.restricted = s.confidential();
        f.version = s.version();
        return f;
    }

    /** The scenario as the service takes it; themes from the checkboxes, or typed when there are none. */
    RiskScenarioView toView(boolean themesTyped) {
        return new RiskScenarioView(
                null,
                null,
                regionCode,
                scaleId,
                title,
                titleSv,
                titleEn,
                description,
                descriptionSv,
                category,
                themesTyped ? split(themesText, true) : themes,
                null,
                areaCodes,
                ownerActorId,
                reviewDate,
                likelihood,
                impacts,
                null,
                null,
                reliability,
                residualLikelihood,
                residualImpact,
                null,
                split(measureIds, false),
                split(resourceTypes, true),
                restricted,
                version);
    }

    private static List<String> split(String text, boolean upper) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase(java.util.Locale.ROOT) : s)
                .toList();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getScaleId() {
        return scaleId;
    }

    public void setScaleId(String scaleId) {
        this.scaleId = scaleId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleSv() {
        return titleSv;
    }

    public void setTitleSv(String titleSv) {
        this.titleSv = titleSv;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public String getThemesText() {
        return themesText;
    }

    public void setThemesText(String themesText) {
        this.themesText = themesText;
    }

    public List<String> getAreaCodes() {
        return areaCodes;
    }

    public void setAreaCodes(List<String> areaCodes) {
        this.areaCodes = areaCodes == null ? new ArrayList<>() : areaCodes;
    }

    public String getOwnerActorId() {
        return ownerActorId;
    }

    public void setOwnerActorId(String ownerActorId) {
        this.ownerActorId = ownerActorId;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Integer likelihood) {
        this.likelihood = likelihood;
    }

    public Map<String, Integer> getImpacts() {
        return impacts;
    }

    public void setImpacts(Map<String, Integer> impacts) {
        this.impacts = impacts == null ? new LinkedHashMap<>() : impacts;
    }

    public String getReliability() {
        return reliability;
    }

    public void setReliability(String reliability) {
        this.reliability = reliability;
    }

    public Integer getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(Integer residualLikelihood) {
        this.residualLikelihood = residualLikelihood;
    }

    public Integer getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(Integer residualImpact) {
        this.residualImpact = residualImpact;
    }

    public String getMeasureIds() {
        return measureIds;
    }

    public void setMeasureIds(String measureIds) {
        this.measureIds = measureIds;
    }

    public String getResourceTypes() {
        return resourceTypes;
    }

    public void setResourceTypes(String resourceTypes) {
        this.resourceTypes = resourceTypes;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
