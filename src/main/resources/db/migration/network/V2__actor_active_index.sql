-- Lists show active actors by name: let both the page and its total use one small index.
CREATE INDEX actor_active_name ON network.actor (name, id) WHERE status = 'ACTIVE';
