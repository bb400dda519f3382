-- One entry per request that read restricted data names every restricted item it returned
-- ('TYPE:id'), so that a search for an item finds the requests that read it (ADR 0024).
-- A new column with a constant default: no rewrite of the table, no change of owner or grants.
ALTER TABLE audit.entry ADD COLUMN items TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX entry_items ON audit.entry USING gin (items);
