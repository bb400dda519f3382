package fi.turvaverkko.resources.domain;

import fi.turvaverkko.resources.ResourceView;
import fi.turvaverkko.resources.domain.ResourceAccess.Privileges;
import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry. Every read takes the caller's {@link Privileges}: RESTRICTED resources the caller may
 * not see are left out in SQL (so counts never reveal them), and exact locations are replaced by the
 * municipality's centre when the caller may not see them.
 */
@Repository
class ResourceRepository {

    static final String COLUMNS = """
            r.id, r.owner_actor_id, r.type_id, t.code AS type_code, r.name, r.description, r.quantity, r.committed,
            r.area_id, r.region_id, a.code AS area_code, r.lat, r.lon, r.pos[0] AS pe, r.pos[1] AS pn,
            r.area_pos[0] AS ae, r.area_pos[1] AS an, r.availability, r.activation_minutes, r.contact_247,
            r.agreement_status, r.confidentiality, r.last_verified, r.version""";
    static final String FROM = " FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id"
            + " JOIN network.v_area a ON a.id = r.area_id";
    static final String VISIBLE =
            "(r.confidentiality = 'PUBLIC' OR r.owner_actor_id = ANY(:_actors) OR r.region_id = ANY(:_regions))";

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "r.name",
            "typeCode", "t.code",
            "quantity", "r.quantity",
            "availability", "r.availability",
            "areaCode", "a.code",
            "lastVerified", "r.last_verified");

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The values a resource is written with; positions in ETRS-TM35FIN metres. */
    public record Row(
            long ownerActorId,
            long typeId,
            String name,
            String description,
            int quantity,
            long areaId,
            Long regionId,
            double lat,
            double lon,
            Tm35Fin.GridPoint pos,
            Tm35Fin.GridPoint areaPos,
            String availability,
            int activationMinutes,
            String contact247,
            String agreementStatus,
            String confidentiality,
            LocalDate lastVerified) {}

    /** The filters of the registry list; {@code withinPath} is an area path prefix. */
    public record Filter(
            String text,
            List<Long> typeIds,
            String withinPath,
            String availability,
            Long ownerActorId,
            LocalDate verifiedBefore) {}

    private SqlFilter filter(Filter f, Privileges p) {
        return SqlFilter.create()
                .and(VISIBLE)
                .param("_actors", p.actorArray())
                .param("_regions", p.regionArray())
                .and("(r.name ILIKE :text OR r.description ILIKE :text)", "text", SqlFilter.contains(f.text()))
                .and(
                        "r.type_id = ANY(:types)",
                        "types",
                        f.typeIds() == null ? null : f.typeIds().toArray(Long[]::new))
                .and("a.path LIKE :within", "within", SqlFilter.startsWith(f.withinPath()))
                .and("r.availability = :availability", "availability", f.availability())
                .and("r.owner_actor_id = :owner", "owner", f.ownerActorId())
                .and("(r.last_verified IS NULL OR r.last_verified < :before)", "before", f.verifiedBefore());
    }

    public PageResult<ResourceView> list(Filter f, Privileges p, LocalDate dueBefore, PageParams paging) {
        return filter(f, p)
                .page(
                        jdbc,
                        "SELECT " + COLUMNS + FROM,
                        "SELECT count(*)" + FROM,
                        paging,
                        SORTABLE,
                        "r.name, r.id",
                        (rs, n) -> map(rs, p, dueBefore, false));
    }

    /** Every resource the filter finds, in name order, for an export. */
    public void forEach(Filter f, Privileges p, LocalDate dueBefore, Consumer<ResourceView> out) {
        SqlFilter sql = filter(f, p);
        jdbc.sql("SELECT " + COLUMNS + FROM + sql.where() + " ORDER BY r.name, r.id")
                .params(sql.params())
                .query(rs -> {
                    out.accept(map(rs, p, dueBefore, true));
                });
    }

    public Optional<ResourceView> find(long id, Privileges p, LocalDate dueBefore, boolean withContact) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = :id AND " + VISIBLE)
                .param("id", id)
                .param("_actors", p.actorArray())
                .param("_regions", p.regionArray())
                .query((rs, n) -> map(rs, p, dueBefore, withContact))
                .optional();
    }

    /** The resources of the ids that the caller may see, in one query (a page's offers, say). */
    public List<ResourceView> findAll(Collection<Long> ids, Privileges p, LocalDate dueBefore) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = ANY(:ids) AND " + VISIBLE)
                .param("ids", ids.toArray(Long[]::new))
                .param("_actors", p.actorArray())
                .param("_regions", p.regionArray())
                .query((rs, n) -> map(rs, p, dueBefore, false))
                .list();
    }

    /** The owner and area of a resource, whoever asks (for rights checks only). */
    public Optional<long[]> ownerAndArea(long id) {
        return jdbc.sql("SELECT owner_actor_id, area_id, coalesce(region_id, 0) FROM resources.resource WHERE id = ?")
                .param(id)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional();
    }

    /** The units of a resource and how many are committed. */
    Optional<Stock> stock(long id) {
        return jdbc.sql("SELECT quantity, committed FROM resources.resource WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Stock(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    /** Who owns a resource, in which region, and whether it is restricted: what the rights on it follow. */
    record Holding(long ownerActorId, Long regionId, String confidentiality) {}

    Optional<Holding> holding(long id) {
        return jdbc.sql("SELECT owner_actor_id, region_id, confidentiality FROM resources.resource WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Holding(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)))
                .optional();
    }

    /** A candidate of the nearest search, with its distance from the point in metres. */
    public record Candidate(ResourceView view, long ownerActorId, Long regionId, double metres) {}

    /**
     * The nearest visible, not unavailable resources of the types with at least {@code minFree} free
     * units within {@code radiusM} of the point: by the exact position when {@code exact}, else by
     * the municipality's centre; the GiST index orders them.
     */
    public List<Candidate> nearest(
            List<Long> typeIds,
            int minFree,
            Tm35Fin.GridPoint at,
            double radiusM,
            boolean exact,
            Privileges p,
            LocalDate dueBefore,
            int limit) {
        String col = exact ? "r.pos" : "r.area_pos";
        // one ordered index-only scan per type (the GiST index leads with the type, V3), merged; then
        // the hits' rows. The radius is applied to the hits, since a box here makes the planner leave the
        // ordered index scan for a bitmap scan and a sort.
        StringBuilder branches = new StringBuilder();
        for (int i = 0; i < typeIds.size(); i++) {
            if (i > 0) {
                branches.append(" UNION ALL ");
            }
            branches.append("(SELECT r.id, ")
                    .append(col)
                    .append(" <-> point(:e, :n) AS metres FROM resources.resource r WHERE r.type_id = :t")
                    .append(i)
                    .append(" AND r.availability <> 'UNAVAILABLE' AND r.quantity - r.committed >= :minFree AND ")
                    .append(VISIBLE)
                    .append(" ORDER BY ")
                    .append(col)
                    .append(" <-> point(:e, :n) LIMIT :limit)");
        }
        String sql = "WITH near AS (SELECT u.id, u.metres FROM (" + branches + ") u ORDER BY u.metres LIMIT :limit)"
                + " SELECT " + COLUMNS + ", near.metres" + FROM + " JOIN near ON near.id = r.id"
                + " WHERE near.metres <= :r ORDER BY near.metres";
        var spec = jdbc.sql(sql);
        for (int i = 0; i < typeIds.size(); i++) {
            spec = spec.param("t" + i, typeIds.get(i));
        }
        return spec.param("e", at.easting())
                .param("n", at.northing())
                .param("r", radiusM)
                .param("minFree", minFree)
                .param("_actors", p.actorArray())
                .param("_regions", p.regionArray())
                .param("limit", limit)
                .query((rs, n) -> new Candidate(
                        map(rs, p, dueBefore, false),
                        rs.getLong("owner_actor_id"),
                        (Long) rs.getObject("region_id"),
                        rs.getDouble("metres")))
                .list();
    }

    public long insert(Row r, String offerId) {
        return jdbc.sql("""
                        INSERT INTO resources.resource (owner_actor_id, type_id, name, description, quantity, area_id,
                          region_id, lat, lon, pos, area_pos, availability, activation_minutes, contact_247,
                          agreement_status, confidentiality, last_verified, offer_id)
                        VALUES (:owner, :type, :name, :description, :quantity, :area, :region, :lat, :lon,
                          point(:pe, :pn), point(:ae, :an), :availability, :activation, :contact, :agreement,
                          :confidentiality, :verified, :offer)
                        RETURNING id""")
                .params(params(r))
                .param("offer", offerId)
                .query(Long.class)
                .single();
    }

    public boolean update(long id, long version, Row r) {
        return jdbc.sql("""
                        UPDATE resources.resource SET owner_actor_id = :owner, type_id = :type, name = :name,
                          description = :description, quantity = :quantity, area_id = :area, region_id = :region,
                          lat = :lat, lon = :lon, pos = point(:pe, :pn), area_pos = point(:ae, :an),
                          availability = :availability, activation_minutes = :activation, contact_247 = :contact,
                          agreement_status = :agreement, confidentiality = :confidentiality,
                          last_verified = :verified, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                        .params(params(r))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(Row r) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("owner", r.ownerActorId());
        m.put("type", r.typeId());
        m.put("name", r.name());
        m.put("description", r.description());
        m.put("quantity", r.quantity());
        m.put("area", r.areaId());
        m.put("region", r.regionId());
        m.put("lat", r.lat());
        m.put("lon", r.lon());
        m.put("pe", r.pos().easting());
        m.put("pn", r.pos().northing());
        m.put("ae", r.areaPos().easting());
        m.put("an", r.areaPos().northing());
        m.put("availability", r.availability());
        m.put("activation", r.activationMinutes());
        m.put("contact", r.contact247());
        m.put("agreement", r.agreementStatus());
        m.put("confidentiality", r.confidentiality());
        m.put("verified", r.lastVerified());
        return m;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM resources.resource WHERE id = ?").param(id).update();
    }

    public void markVerified(long id, LocalDate on) {
        jdbc.sql("UPDATE resources.resource SET last_verified = ?, reminded_at = NULL, updated_at = now(),"
                        + " version = version + 1 WHERE id = ?")
                .params(on, id)
                .update();
    }

    /**
     * Commits ({@code delta > 0}) or releases units in one guarded statement: false when fewer free
     * units are left than asked, so two people taking the last unit at once cannot both succeed.
     */
    public boolean reserve(long id, int delta) {
        return jdbc.sql("""
                        UPDATE resources.resource SET committed = committed + :d, version = version + 1
                         WHERE id = :id AND committed + :d <= quantity AND committed + :d >= 0""").param("d", delta).param("id", id).update() == 1;
    }

    /** Owners whose resources have not been verified since the day and were not reminded lately. */
    public List<Map<String, Object>> dueForReminder(LocalDate verifiedBefore, java.time.OffsetDateTime remindedBefore) {
        return jdbc.sql("""
                        SELECT r.owner_actor_id AS owner, count(*) AS n, array_agg(r.id) AS ids
                          FROM resources.resource r
                         WHERE coalesce(r.last_verified, r.created_at::date) < :before
                           AND (r.reminded_at IS NULL OR r.reminded_at < :reminded)
                         GROUP BY r.owner_actor_id""")
                .param("before", verifiedBefore)
                .param("reminded", remindedBefore)
                .query((rs, n) -> Map.<String, Object>of(
                        "owner", rs.getLong("owner"),
                        "count", rs.getLong("n"),
                        "ids", List.of((Long[]) rs.getArray("ids").getArray())))
                .list();
    }

    public void markReminded(List<Long> ids) {
        jdbc.sql("UPDATE resources.resource SET reminded_at = now() WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .update();
    }

    /** PUBLIC resources counted by type and municipality, for open data. */
    public List<Map<String, Object>> publicCounts(String withinPath) {
        return jdbc.sql("""
                        SELECT t.code AS type_code, a.code AS area_code, count(*) AS resources,
                               sum(r.quantity) AS quantity
                          FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
                          JOIN network.v_area a ON a.id = r.area_id
                         WHERE r.confidentiality = 'PUBLIC' AND a.path LIKE :within
                         GROUP BY t.code, a.code ORDER BY t.code, a.code""")
                .param("within", SqlFilter.startsWith(withinPath))
                .query((rs, n) -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("typeCode", rs.getString("type_code"));
                    m.put("areaCode", rs.getString("area_code"));
                    m.put("resources", rs.getLong("resources"));
                    m.put("quantity", rs.getLong("quantity"));
                    return m;
                })
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM resources.resource")
                .query(Long.class)
                .single();
    }

    /** The row as the caller may see it. */
    static ResourceView map(ResultSet rs, Privileges p, LocalDate dueBefore, boolean withContact) throws SQLException {
        long owner = rs.getLong("owner_actor_id");
        Long region = (Long) rs.getObject("region_id");
        boolean all = p.seesAll(owner, region);
        double lat;
        double lon;
        double e;
        double n;
        if (all) {
            lat = rs.getDouble("lat");
            lon = rs.getDouble("lon");
            e = rs.getDouble("pe");
            n = rs.getDouble("pn");
        } else {
            e = rs.getDouble("ae");
            n = rs.getDouble("an");
            Tm35Fin.LatLon ll = Tm35Fin.toWgs84(e, n);
            lat = round(ll.lat(), 4);
            lon = round(ll.lon(), 4);
        }
        int quantity = rs.getInt("quantity");
        int committed = rs.getInt("committed");
        LocalDate verified = rs.getObject("last_verified", LocalDate.class);
        return new ResourceView(
                rs.getString("id"),
                rs.getString("type_code"),
                rs.getString("name"),
                rs.getString("description"),
                String.valueOf(owner),
                quantity,
                committed,
                quantity - committed,
                rs.getString("area_code"),
                lat,
                lon,
                Math.round(e),
                Math.round(n),
                all,
                rs.getString("availability"),
                rs.getInt("activation_minutes"),
                all && withContact ? rs.getString("contact_247") : null,
                rs.getString("agreement_status"),
                rs.getString("confidentiality"),
                verified,
                verified == null || verified.isBefore(dueBefore),
                rs.getLong("version"));
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** Ids of the resources, for tests and demo data. */
    public List<Long> idsOfOwner(long ownerActorId) {
        return new ArrayList<>(jdbc.sql("SELECT id FROM resources.resource WHERE owner_actor_id = ? ORDER BY id")
                .param(ownerActorId)
                .query(Long.class)
                .list());
    }
}
