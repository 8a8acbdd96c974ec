-- IMAP \Recent (RFC 3501 2.3.2) for IMAP4rev1 clients (sqlite/V7 holds the same): one watermark
-- per mailbox, the highest UID a session has already claimed as recent. Messages above it are
-- recent for the next session that selects the mailbox read-write. Messages stored before this
-- migration are not new, so existing mailboxes start at their last UID; new ones start at 0.
ALTER TABLE mailboxes ADD COLUMN recent_uid BIGINT NOT NULL DEFAULT 0;
UPDATE mailboxes SET recent_uid = uidnext - 1;
