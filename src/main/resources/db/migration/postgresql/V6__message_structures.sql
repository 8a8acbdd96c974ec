-- IMAP FETCH: each message's parsed MIME structure, kept so it is parsed once (sqlite/V6 holds
-- the same). Keyed by blob: the structure depends only on the octets, so copies share a row.
-- The text is the IMAP layer's own encoding; housekeeping drops rows no message refers to.
CREATE TABLE message_structures (
    blob_id   TEXT PRIMARY KEY,
    structure TEXT NOT NULL
);
