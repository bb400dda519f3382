-- A published read view (docs/architecture.md): who a user is, for the modules that show who made or
-- asked for something. Never the password hash, the e-mail address, the roles or the status.
CREATE VIEW identity.v_user AS
SELECT u.id, u.username, u.display_name
FROM identity.app_user u;
