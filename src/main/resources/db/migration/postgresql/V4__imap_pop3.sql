-- IMAP and POP3 (issue 3). sqlite/V4__imap_pop3.sql holds the same changes.
-- Subscriptions are names, not mailboxes: a client may subscribe to a name that does not exist
-- (RFC 9051 6.3.9), and a deleted mailbox's subscription stays.
CREATE TABLE subscriptions (
    account_id BIGINT NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (account_id, name)
);
INSERT INTO subscriptions (account_id, name) SELECT account_id, name FROM mailboxes WHERE subscribed;
ALTER TABLE mailboxes DROP COLUMN subscribed;

-- A deleted mailbox with inferiors stays as a \Noselect name (RFC 9051 6.3.5): selectable = FALSE.
-- The counters make STATUS (MESSAGES, UNSEEN, DELETED, SIZE) one row read; every write that adds,
-- removes or re-flags messages updates them in the same statement that takes the next MODSEQ.
ALTER TABLE mailboxes ADD COLUMN selectable BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE mailboxes ADD COLUMN messages BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mailboxes ADD COLUMN unseen BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mailboxes ADD COLUMN deleted BIGINT NOT NULL DEFAULT 0;
ALTER TABLE mailboxes ADD COLUMN size BIGINT NOT NULL DEFAULT 0;
UPDATE mailboxes SET
    messages = (SELECT count(*) FROM messages m WHERE m.mailbox_id = mailboxes.id),
    unseen   = (SELECT count(*) FROM messages m WHERE m.mailbox_id = mailboxes.id AND (m.system_flags & 1) = 0),
    deleted  = (SELECT count(*) FROM messages m WHERE m.mailbox_id = mailboxes.id AND (m.system_flags & 8) <> 0),
    size     = (SELECT coalesce(sum(m.size), 0) FROM messages m WHERE m.mailbox_id = mailboxes.id);

-- QRESYNC VANISHED (EARLIER) asks for UIDs expunged after a MODSEQ.
CREATE INDEX expunged_modseq ON expunged (mailbox_id, modseq);

-- The POP3 maildrop lock (RFC 1939 8, RFC 2449 [IN-USE]): a lease, so it holds across processes
-- and nodes, and a crashed holder's lock lapses at expires_at (epoch milliseconds).
CREATE TABLE maildrop_locks (
    account_id BIGINT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
