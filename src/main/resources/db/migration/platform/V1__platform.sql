CREATE SCHEMA IF NOT EXISTS platform;

-- Outgoing mail: written in the transaction that causes it, delivered after commit by SMTP when
-- spring.mail.host is set, otherwise kept here for the outbox page (ADR 0005).
CREATE TABLE platform.mail_message (
    id          BIGSERIAL PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    recipient   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'OUTBOX')),
    attempts    INT NOT NULL DEFAULT 0,
    sent_at     TIMESTAMPTZ,
    last_error  TEXT
);
CREATE INDEX mail_message_pending ON platform.mail_message (id) WHERE status = 'PENDING';
CREATE INDEX mail_message_created ON platform.mail_message (created_at DESC);

-- Files attached to items of any module; the owning module decides who may read them.
CREATE TABLE platform.attachment (
    id            BIGSERIAL PRIMARY KEY,
    owner_type    TEXT NOT NULL,
    owner_id      TEXT NOT NULL,
    filename      TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        TEXT NOT NULL,
    content       BYTEA NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    TEXT
);
CREATE INDEX attachment_owner ON platform.attachment (owner_type, owner_id);

-- Catalogues a region extends: sectors, group kinds, plan kinds, themes, target groups, ...
CREATE TABLE platform.catalogue_entry (
    id          BIGSERIAL PRIMARY KEY,
    catalogue   TEXT NOT NULL,
    code        TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    region_code TEXT,
    name_fi     TEXT NOT NULL,
    name_sv     TEXT,
    name_en     TEXT,
    sort_order  INT NOT NULL DEFAULT 0,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    built_in    BOOLEAN NOT NULL DEFAULT FALSE,
    version     BIGINT NOT NULL DEFAULT 0,
    UNIQUE (catalogue, code)
);
