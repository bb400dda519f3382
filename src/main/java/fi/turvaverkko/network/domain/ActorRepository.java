package fi.turvaverkko.network.domain;

import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.CreateActor;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actors and their contact persons. */
@Repository
class ActorRepository {

    static final String SELECT = """
            SELECT a.id, a.name, a.name_sv, a.sector, a.level, a.authority, a.home_area_id, h.code AS home_area_code,
                   a.business_id, a.website, a.email, a.phone, a.description, a.status, a.version
            FROM network.actor a JOIN network.area h ON h.id = a.home_area_id""";

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "a.name",
            "sector", "a.sector",
            "level", "a.level",
            "homeAreaCode", "h.code");

    private final JdbcClient jdbc;

    ActorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters of the actor list. */
    record Filter(String text, String sector, String level, String withinPath, Boolean authority, String status) {}

    PageResult<ActorView> list(Filter f, PageParams paging) {
        return SqlFilter.create()
                .and(
                        "a.name ILIKE :text",
                        "text",
                        f.text() == null || f.text().isBlank()
                                ? null
                                : "%" + f.text().trim() + "%")
                .and("a.sector = :sector", "sector", f.sector())
                .and("a.level = :level", "level", f.level())
                .and(
                        "a.home_area_id IN (SELECT x.id FROM network.area x WHERE x.path LIKE :within)",
                        "within",
                        f.withinPath() == null ? null : f.withinPath() + "%")
                .and("a.authority = :authority", "authority", f.authority())
                .and("a.status = :status", "status", f.status())
                .page(
                        jdbc,
                        SELECT,
                        "SELECT count(*) FROM network.actor a",
                        paging,
                        SORTABLE,
                        "a.name, a.id",
                        (rs, n) -> map(rs));
    }

    Optional<ActorView> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?")
                .param(id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<ActorView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE a.id = ANY(?) ORDER BY a.name")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> map(rs))
                .list();
    }

    List<ActorView> search(String text, int limit) {
        return jdbc.sql(SELECT + " WHERE a.name ILIKE ? AND a.status = 'ACTIVE' ORDER BY a.name LIMIT ?")
                .params("%" + text + "%", limit)
                .query((rs, n) -> map(rs))
                .list();
    }

    Optional<ActorView> findByName(String name, long homeAreaId) {
        return jdbc.sql(SELECT + " WHERE lower(a.name) = lower(?) AND a.home_area_id = ?")
                .params(name, homeAreaId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    Optional<ActorView> findByBusinessId(String businessId) {
        return jdbc.sql(SELECT + " WHERE a.business_id = ?")
                .param(businessId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    long insert(CreateActor a, long homeAreaId, String status) {
        return jdbc.sql("""
                        INSERT INTO network.actor (name, name_sv, sector, level, authority, home_area_id, business_id,
                          website, email, phone, description, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        a.name(),
                        a.nameSv(),
                        a.sector(),
                        a.level(),
                        a.authority(),
                        homeAreaId,
                        a.businessId(),
                        a.website(),
                        a.email(),
                        a.phone(),
                        a.description(),
                        status)
                .query(Long.class)
                .single();
    }

    boolean update(long id, long version, CreateActor a, long homeAreaId) {
        return jdbc.sql("""
                        UPDATE network.actor SET name = ?, name_sv = ?, sector = ?, level = ?, authority = ?,
                          home_area_id = ?, business_id = ?, website = ?, email = ?, phone = ?, description = ?,
                          updated_at = now(), version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(
                                a.name(),
                                a.nameSv(),
                                a.sector(),
                                a.level(),
                                a.authority(),
                                homeAreaId,
                                a.businessId(),
                                a.website(),
                                a.email(),
                                a.phone(),
                                a.description(),
                                id,
                                version)
                        .update()
                == 1;
    }

    void setStatus(long id, String status) {
        jdbc.sql("UPDATE network.actor SET status = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                .params(status, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM network.actor WHERE id = ?").param(id).update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM network.actor").query(Long.class).single();
    }

    // contact persons

    List<ContactPersonView> contacts(long actorId) {
        return jdbc.sql("SELECT * FROM network.contact_person WHERE actor_id = ? ORDER BY name, id")
                .param(actorId)
                .query((rs, n) -> contact(rs))
                .list();
    }

    List<ContactPersonView> contacts(Collection<Long> ids) {
        return jdbc.sql("SELECT * FROM network.contact_person WHERE id = ANY(?) ORDER BY name, id")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> contact(rs))
                .list();
    }

    Optional<ContactPersonView> contact(long id) {
        return jdbc.sql("SELECT * FROM network.contact_person WHERE id = ?")
                .param(id)
                .query((rs, n) -> contact(rs))
                .optional();
    }

    long insertContact(long actorId, ContactCommand c) {
        return jdbc.sql(
                        "INSERT INTO network.contact_person (actor_id, name, title, email, phone) VALUES (?, ?, ?, ?, ?)"
                                + " RETURNING id")
                .params(actorId, c.name(), c.title(), c.email(), c.phone())
                .query(Long.class)
                .single();
    }

    boolean updateContact(long id, long version, ContactCommand c) {
        return jdbc.sql("""
                        UPDATE network.contact_person SET name = ?, title = ?, email = ?, phone = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                        .params(c.name(), c.title(), c.email(), c.phone(), id, version)
                        .update()
                == 1;
    }

    void deleteContact(long id) {
        jdbc.sql("DELETE FROM network.contact_person WHERE id = ?").param(id).update();
    }

    static ActorView map(ResultSet rs) throws SQLException {
        return new ActorView(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("name_sv"),
                rs.getString("sector"),
                rs.getString("level"),
                rs.getBoolean("authority"),
                rs.getString("home_area_id"),
                rs.getString("home_area_code"),
                rs.getString("business_id"),
                rs.getString("website"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("description"),
                rs.getString("status"),
                rs.getLong("version"));
    }

    static ContactPersonView contact(ResultSet rs) throws SQLException {
        return new ContactPersonView(
                rs.getString("id"),
                rs.getString("actor_id"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getLong("version"));
    }
}
