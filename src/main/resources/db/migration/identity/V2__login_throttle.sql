-- Login throttling (ADR 0013), kept here so that every node shares it. A row is forgotten 15 minutes
-- after its last failure.

-- Per name tried, whether or not such a user exists: its failures, the time before which the next
-- attempt is refused, and the attempt in progress (one at a time per name).
CREATE TABLE identity.login_name (
    name            TEXT PRIMARY KEY,
    failures        INT NOT NULL DEFAULT 0,
    last_failure_at TIMESTAMPTZ,
    not_before      TIMESTAMPTZ,
    busy_until      TIMESTAMPTZ
);
CREATE INDEX login_name_last_failure ON identity.login_name (last_failure_at);

-- Per client address (an IPv6 address by its /64 network): failures for any name from there.
CREATE TABLE identity.login_address (
    address         TEXT PRIMARY KEY,
    failures        INT NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_address_last_failure ON identity.login_address (last_failure_at);
