CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.app_user (
    id                 BIGSERIAL PRIMARY KEY,
    username           TEXT NOT NULL CHECK (username ~ '^[a-z0-9._-]{2,60}$'),
    display_name       TEXT NOT NULL,
    email              TEXT,
    password_hash      TEXT NOT NULL,
    roles              TEXT[] NOT NULL DEFAULT '{MEMBER}',
    status             TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PENDING', 'REJECTED', 'DISABLED')),
    preferred_language TEXT CHECK (preferred_language IN ('fi', 'sv', 'en')),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username ON identity.app_user (lower(username));
CREATE INDEX app_user_email ON identity.app_user (lower(email));

-- The actors (network.actor) a user acts for; the network module removes links of a deleted actor.
CREATE TABLE identity.user_actor (
    user_id  BIGINT NOT NULL REFERENCES identity.app_user (id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, actor_id)
);
CREATE INDEX user_actor_actor ON identity.user_actor (actor_id);

-- Personal API tokens: only a SHA-256 of the token is kept; the token is shown once.
CREATE TABLE identity.api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES identity.app_user (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    token_prefix TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_user ON identity.api_token (user_id);
