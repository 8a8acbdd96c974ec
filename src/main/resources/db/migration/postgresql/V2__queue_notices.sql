-- Spool: the recipient's domain (cheap queue depth), the server that gave the last reply, and
-- the notice a recipient owes its sender, written in the same commit as its state (docs/adr/queue-notice-outbox.md).
ALTER TABLE queue_recipients ADD COLUMN domain TEXT NOT NULL DEFAULT '';
ALTER TABLE queue_recipients ADD COLUMN remote_mta TEXT;
ALTER TABLE queue_recipients ADD COLUMN notice TEXT;
UPDATE queue_recipients SET domain = lower(substring(address from '@([^@]*)$'));
CREATE INDEX queue_recipients_domain ON queue_recipients (state, domain);
CREATE INDEX queue_recipients_notice ON queue_recipients (notice) WHERE notice IS NOT NULL;
