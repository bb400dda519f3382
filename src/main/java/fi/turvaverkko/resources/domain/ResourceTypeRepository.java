package fi.turvaverkko.resources.domain;

import fi.turvaverkko.resources.ResourceTypeView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The typed catalogue; small (tens or hundreds of rows), so it is read whole. */
@Repository
class ResourceTypeRepository {

    private final JdbcClient jdbc;

    ResourceTypeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ResourceTypeView> all() {
        return jdbc.sql("SELECT * FROM resources.resource_type ORDER BY function, type_level, name_fi")
                .query((rs, n) -> map(rs))
                .list();
    }

    public Optional<ResourceTypeView> find(long id) {
        return jdbc.sql("SELECT * FROM resources.resource_type WHERE id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public Optional<ResourceTypeView> findByCode(String code) {
        return jdbc.sql("SELECT * FROM resources.resource_type WHERE code = ?")
                .param(code)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Adds the type unless its code exists; true when added. */
    public boolean insertIfMissing(ResourceTypeView t, boolean builtIn) {
        return jdbc.sql("""
                        INSERT INTO resources.resource_type (code, name_fi, name_sv, name_en, kind, function,
                          capability_fi, capability_sv, capability_en, type_level, unit, active, built_in)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
                        .params(
                                t.code(),
                                t.name(),
                                t.nameSv(),
                                t.nameEn(),
                                t.kind(),
                                t.function(),
                                t.capability(),
                                t.capabilitySv(),
                                t.capabilityEn(),
                                t.typeLevel(),
                                t.unit(),
                                t.active() == null || t.active(),
                                builtIn)
                        .update()
                == 1;
    }

    public boolean update(long id, long version, ResourceTypeView t) {
        return jdbc.sql("""
                        UPDATE resources.resource_type SET name_fi = ?, name_sv = ?, name_en = ?, kind = ?, function = ?,
                          capability_fi = ?, capability_sv = ?, capability_en = ?, type_level = ?, unit = ?, active = ?,
                          version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                t.name(),
                                t.nameSv(),
                                t.nameEn(),
                                t.kind(),
                                t.function(),
                                t.capability(),
                                t.capabilitySv(),
                                t.capabilityEn(),
                                t.typeLevel(),
                                t.unit(),
                                t.active() == null || t.active(),
                                id,
                                version)
                        .update()
                == 1;
    }

    static ResourceTypeView map(ResultSet rs) throws SQLException {
        return new ResourceTypeView(
                rs.getString("id"),
                rs.getString("code"),
                rs.getString("name_fi"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getString("kind"),
                rs.getString("function"),
                rs.getString("capability_fi"),
                rs.getString("capability_sv"),
                rs.getString("capability_en"),
                rs.getInt("type_level"),
                rs.getString("unit"),
                rs.getBoolean("active"),
                rs.getBoolean("built_in"),
                rs.getLong("version"));
    }
}
