-- An automatic entry of the situation log (a status change, a request, a commitment, a CAP alert)
-- keeps its message key and arguments, so that every reader sees it in their own language; text
-- keeps the Finnish wording for readers of the table itself. A person's own entries have no message.
ALTER TABLE operations.log_entry ADD COLUMN message JSONB;
