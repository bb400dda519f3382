package fi.turvaverkko.resources;

import fi.turvaverkko.resources.domain.ResourceTypes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The typed catalogue of resources as other modules read it. Every code is also kept in the platform
 * catalogue {@code resource-types}, so that a module that only checks a code needs no dependency on
 * this one; SQL reads {@code resources.v_resource_type}.
 */
@Service
public class ResourceTypeService {

    private final ResourceTypes types;

    ResourceTypeService(ResourceTypes types) {
        this.types = types;
    }

    /** The type with this code, active or not. */
    public Optional<ResourceTypeView> findByCode(String code) {
        return types.findByCode(code);
    }

    /** The types with these codes, by code, in one query; unknown codes are left out. */
    public Map<String, ResourceTypeView> byCodes(Collection<String> codes) {
        return types.all().stream()
                .filter(t -> codes.contains(t.code()))
                .collect(Collectors.toMap(ResourceTypeView::code, Function.identity()));
    }

    /** Every type of the catalogue. */
    public List<ResourceTypeView> all() {
        return types.all();
    }
}
