package fi.turvaverkko.risks.web;

import fi.turvaverkko.risks.domain.RiskDimensionView;
import fi.turvaverkko.risks.domain.RiskLevelView;
import fi.turvaverkko.risks.domain.RiskScaleView;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.LocalizedName;
import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The scale form: names, and for each dimension its names, unit and levels with their bands, typed
 * with a decimal comma or point. Field paths are those of the API ({@code impacts[0].levels[2].lower}),
 * so the service's problems land next to their fields.
 */
public class ScaleForm {

    private String regionCode;
    private String name;
    private String nameSv;
    private String nameEn;
    private String description;
    private DimensionForm likelihood = new DimensionForm();
    private List<DimensionForm> impacts = new ArrayList<>();
    private Long version;

    static ScaleForm of(RiskScaleView s) {
        ScaleForm f = new ScaleForm();
        f.regionCode = s.regionCode();
        f.name = s.name();
        f.nameSv = s.nameSv();
        f.nameEn = s.nameEn();
        f.description = s.description();
        f.likelihood = DimensionForm.of(s.likelihood());
        s.impacts().forEach(d -> f.impacts.add(DimensionForm.of(d)));
        f.version = s.version();
        return f;
    }

    RiskScaleView toView() {
        List<Problem> problems = new ArrayList<>();
        RiskDimensionView l = likelihood.toView("likelihood", problems);
        List<RiskDimensionView> list = new ArrayList<>();
        for (int i = 0; i < impacts.size(); i++) {
            list.add(impacts.get(i).toView("impacts[" + i + "]", problems));
        }
        InvalidInputException.throwIfAny(problems);
        return new RiskScaleView(null, null, regionCode, name, nameSv, nameEn, description, l, list, version);
    }

    /** One dimension of the form. */
    public static class DimensionForm {
        private String code;
        private String name;
        private String nameSv;
        private String nameEn;
        private String unit;
        private String unitSv;
        private String unitEn;
        private List<LevelForm> levels = new ArrayList<>();

        static DimensionForm of(RiskDimensionView d) {
            DimensionForm f = new DimensionForm();
            f.code = d.code();
            f.name = d.name();
            f.nameSv = d.nameSv();
            f.nameEn = d.nameEn();
            f.unit = d.unit();
            f.unitSv = d.unitSv();
            f.unitEn = d.unitEn();
            d.levels().forEach(l -> f.levels.add(LevelForm.of(l)));
            return f;
        }

        RiskDimensionView toView(String field, List<Problem> problems) {
            List<RiskLevelView> list = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                LevelForm l = levels.get(i);
                String lf = field + ".levels[" + i + "]";
                list.add(new RiskLevelView(
                        l.level,
                        l.label,
                        l.labelSv,
                        l.labelEn,
                        number(lf + ".lower", l.lower, problems),
                        number(lf + ".upper", l.upper, problems)));
            }
            return new RiskDimensionView(code, name, nameSv, nameEn, unit, unitSv, unitEn, list);
        }

        /** The dimension's name in the page's language, for its legend and the fields' labels. */
        public String localName() {
            return LocalizedName.of(name, nameSv, nameEn).in(LocaleContextHolder.getLocale());
        }

        /** The unit in the page's language, or null. */
        public String localUnit() {
            return unit == null ? null : LocalizedName.of(unit, unitSv, unitEn).in(LocaleContextHolder.getLocale());
        }

        private static BigDecimal number(String field, String text, List<Problem> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(
                        text.trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(Problem.field(field, "error.riskScale.number", text.trim()));
                return null;
            }
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNameSv() {
            return nameSv;
        }

        public void setNameSv(String nameSv) {
            this.nameSv = nameSv;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getUnitSv() {
            return unitSv;
        }

        public void setUnitSv(String unitSv) {
            this.unitSv = unitSv;
        }

        public String getUnitEn() {
            return unitEn;
        }

        public void setUnitEn(String unitEn) {
            this.unitEn = unitEn;
        }

        public List<LevelForm> getLevels() {
            return levels;
        }

        public void setLevels(List<LevelForm> levels) {
            this.levels = levels == null ? new ArrayList<>() : levels;
        }
    }

    /** One level of a dimension in the form; bands as typed. */
    public static class LevelForm {
        private Integer level;
        private String label;
        private String labelSv;
        private String labelEn;
        private String lower;
        private String upper;

        static LevelForm of(RiskLevelView l) {
            LevelForm f = new LevelForm();
            f.level = l.level();
            f.label = l.label();
            f.labelSv = l.labelSv();
            f.labelEn = l.labelEn();
            f.lower = l.lower() == null ? null : l.lower().toPlainString();
            f.upper = l.upper() == null ? null : l.upper().toPlainString();
            return f;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelSv() {
            return labelSv;
        }

        public void setLabelSv(String labelSv) {
            this.labelSv = labelSv;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getLower() {
            return lower;
        }

        public void setLower(String lower) {
            this.lower = lower;
        }

        public String getUpper() {
            return upper;
        }

        public void setUpper(String upper) {
            this.upper = upper;
        }
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DimensionForm getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(DimensionForm likelihood) {
        this.likelihood = likelihood;
    }

    public List<DimensionForm> getImpacts() {
        return impacts;
    }

    public void setImpacts(List<DimensionForm> impacts) {
        this.impacts = impacts == null ? new ArrayList<>() : impacts;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
