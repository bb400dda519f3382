CREATE SCHEMA IF NOT EXISTS audit;

-- Append-only: every change made through the UI or the API, and every read of restricted data.
CREATE TABLE audit.entry (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    user_id     BIGINT,
    username    TEXT NOT NULL,
    actor_ids   BIGINT[] NOT NULL DEFAULT '{}',
    on_behalf_of BIGINT,
    item_type   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    action      TEXT NOT NULL,
    changes     JSONB NOT NULL DEFAULT '{}',
    channel     TEXT NOT NULL CHECK (channel IN ('UI', 'API', 'SYSTEM')),
    remote_addr TEXT,
    user_agent  TEXT
);
CREATE INDEX entry_at ON audit.entry (at DESC);
CREATE INDEX entry_item ON audit.entry (item_type, item_id);
CREATE INDEX entry_user ON audit.entry (username, at DESC);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
