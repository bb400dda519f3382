package fi.turvaverkko.platform.db;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The three roles of the database (ADR 0022): {@link #OWNER} owns the schemas and runs the
 * migrations; {@link #APP}, which the running application connects as, is no superuser, owns nothing
 * and may only read and write rows; {@link #AUDIT} owns the audit log, where the application may only
 * add and read entries. The embedded cluster creates them itself; on an external server an
 * administrator does (README).
 */
public final class DatabaseRoles {

    static final String SUPERUSER = "postgres";
    public static final String OWNER = "turvaverkko_owner";
    public static final String APP = "turvaverkko_app";
    public static final String AUDIT = "turvaverkko_audit";

    private DatabaseRoles() {}

    /** In the {@code postgres} database, as the superuser: the roles, their passwords and the database. */
    static void prepareCluster(Statement s, DatabaseCredentials credentials, String database) throws SQLException {
        s.execute("SET password_encryption = 'scram-sha-256'");
        s.execute("""
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN CREATE ROLE %1$s; END IF;
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN CREATE ROLE %2$s; END IF;
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%3$s') THEN CREATE ROLE %3$s; END IF;
                END $$""".formatted(OWNER, APP, AUDIT));
        String limits = " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
        s.execute("ALTER ROLE " + OWNER + " LOGIN" + limits + " PASSWORD "
                + EmbeddedDatabaseServer.literal(credentials.ownerPassword()));
        s.execute("ALTER ROLE " + APP + " LOGIN" + limits + " PASSWORD "
                + EmbeddedDatabaseServer.literal(credentials.appPassword()));
        s.execute("ALTER ROLE " + AUDIT + " NOLOGIN" + limits + " PASSWORD NULL");
        // the owner hands the audit log to its role after each migration (DatabaseGrants)
        s.execute("GRANT " + AUDIT + " TO " + OWNER);
        boolean exists;
        try (var rs = s.executeQuery(
                "SELECT 1 FROM pg_database WHERE datname = " + EmbeddedDatabaseServer.literal(database))) {
            exists = rs.next();
        }
        if (!exists) {
            s.execute("CREATE DATABASE \"" + database + "\" OWNER " + OWNER);
        } else {
            s.execute("ALTER DATABASE \"" + database + "\" OWNER TO " + OWNER);
        }
        s.execute("REVOKE ALL ON DATABASE \"" + database + "\" FROM PUBLIC");
        s.execute("GRANT CONNECT, TEMPORARY ON DATABASE \"" + database + "\" TO " + APP);
        s.execute("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC");
    }

    /**
     * In the application's database, as the superuser: a database made before these roles existed
     * has its schemas and objects owned by the superuser; they pass to {@link #OWNER}, so that
     * migrations run as it (objects that belong to extensions stay where they are).
     */
    static void prepareDatabase(Statement s) throws SQLException {
        s.execute("""
                DO $$
                DECLARE
                  r record;
                  su oid := 'postgres'::regrole;
                BEGIN
                  FOR r IN SELECT n.nspname FROM pg_namespace n
                           WHERE n.nspowner = su AND n.nspname NOT LIKE 'pg\\_%%'
                             AND n.nspname NOT IN ('information_schema', 'public') LOOP
                    EXECUTE format('ALTER SCHEMA %%I OWNER TO %1$s', r.nspname);
                  END LOOP;
                  FOR r IN SELECT c.oid::regclass AS rel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE c.relowner = su AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                             AND n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
                             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                             AND d.objid = c.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER TABLE %%s OWNER TO %1$s', r.rel);
                  END LOOP;
                  FOR r IN SELECT c.oid::regclass AS rel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                           WHERE c.relowner = su AND c.relkind = 'S'
                             AND n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
                             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                             AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')) LOOP
                    EXECUTE format('ALTER SEQUENCE %%s OWNER TO %1$s', r.rel);
                  END LOOP;
                  FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                           WHERE p.proowner = su AND n.nspname NOT LIKE 'pg\\_%%' AND n.nspname <> 'information_schema'
                             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                             AND d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER ROUTINE %%s OWNER TO %1$s', r.fn);
                  END LOOP;
                  FOR r IN SELECT t.oid::regtype AS typ FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                           WHERE t.typowner = su AND t.typtype IN ('e', 'd', 'r') AND n.nspname NOT LIKE 'pg\\_%%'
                             AND n.nspname <> 'information_schema'
                             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                             AND d.objid = t.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER TYPE %%s OWNER TO %1$s', r.typ);
                  END LOOP;
                  FOR r IN SELECT c.oid::regconfig AS cfg FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
                           WHERE c.cfgowner = su AND n.nspname NOT LIKE 'pg\\_%%' LOOP
                    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %%s OWNER TO %1$s', r.cfg);
                  END LOOP;
                  FOR r IN SELECT d.oid::regdictionary AS dict FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
                           WHERE d.dictowner = su AND n.nspname NOT LIKE 'pg\\_%%'
                             AND NOT EXISTS (SELECT FROM pg_depend x WHERE x.classid = 'pg_ts_dict'::regclass
                                             AND x.objid = d.oid AND x.deptype = 'e') LOOP
                    EXECUTE format('ALTER TEXT SEARCH DICTIONARY %%s OWNER TO %1$s', r.dict);
                  END LOOP;
                END $$""".formatted(OWNER));
    }
}
