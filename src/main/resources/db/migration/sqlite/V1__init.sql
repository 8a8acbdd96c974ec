-- Junction metadata, SQLite dialect. postgresql/V1__init.sql holds the same tables.
-- AUTOINCREMENT: an id is never reused after a delete (recipient ids are part of delivery keys).
-- Times are epoch milliseconds; booleans are 0/1.

-- Directory
CREATE TABLE domains (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    address_key   TEXT NOT NULL UNIQUE,
    address       TEXT NOT NULL,
    domain_id     INTEGER NOT NULL REFERENCES domains (id),
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    state         TEXT NOT NULL,
    quota_bytes   INTEGER NOT NULL
);
CREATE INDEX accounts_domain ON accounts (domain_id);

CREATE TABLE aliases (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    address_key TEXT NOT NULL UNIQUE,
    address     TEXT NOT NULL,
    domain_id   INTEGER NOT NULL REFERENCES domains (id)
);
CREATE INDEX aliases_domain ON aliases (domain_id);

CREATE TABLE alias_targets (
    alias_id INTEGER NOT NULL REFERENCES aliases (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target   TEXT NOT NULL,
    PRIMARY KEY (alias_id, position)
);

CREATE TABLE mail_groups (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    address_key  TEXT NOT NULL UNIQUE,
    address      TEXT NOT NULL,
    domain_id    INTEGER NOT NULL REFERENCES domains (id),
    display_name TEXT NOT NULL
);
CREATE INDEX mail_groups_domain ON mail_groups (domain_id);

CREATE TABLE group_members (
    group_id   INTEGER NOT NULL REFERENCES mail_groups (id) ON DELETE CASCADE,
    member_key TEXT NOT NULL,
    member     TEXT NOT NULL,
    PRIMARY KEY (group_id, member_key)
);

-- Mail store. account_id is the directory's id, without a foreign key: the directory may live
-- elsewhere (a replica, LDAP).
CREATE TABLE store_accounts (
    account_id       INTEGER PRIMARY KEY,
    bytes            INTEGER NOT NULL DEFAULT 0,
    messages         INTEGER NOT NULL DEFAULT 0,
    last_uidvalidity INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE mailboxes (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    INTEGER NOT NULL,
    name          TEXT NOT NULL,
    special_use   TEXT,
    uidvalidity   INTEGER NOT NULL,
    uidnext       INTEGER NOT NULL,
    highestmodseq INTEGER NOT NULL,
    subscribed    INTEGER NOT NULL,
    UNIQUE (account_id, name)
);

CREATE TABLE messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    mailbox_id   INTEGER NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    uid          INTEGER NOT NULL,
    modseq       INTEGER NOT NULL,
    blob_id      TEXT NOT NULL,
    size         INTEGER NOT NULL,
    internaldate INTEGER NOT NULL,
    system_flags INTEGER NOT NULL DEFAULT 0,
    keywords     TEXT NOT NULL DEFAULT '',
    UNIQUE (mailbox_id, uid)
);
CREATE INDEX messages_modseq ON messages (mailbox_id, modseq);
CREATE INDEX messages_blob ON messages (blob_id);

-- Expunged UIDs with the MODSEQ of their removal, for QRESYNC VANISHED (RFC 7162).
CREATE TABLE expunged (
    mailbox_id INTEGER NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    uid        INTEGER NOT NULL,
    modseq     INTEGER NOT NULL,
    PRIMARY KEY (mailbox_id, uid)
);

-- One row per delivery key: a retried delivery finds the first result here.
CREATE TABLE deliveries (
    delivery_key TEXT PRIMARY KEY,
    account_id   INTEGER NOT NULL,
    message_id   INTEGER,
    mailbox_id   INTEGER,
    uid          INTEGER,
    modseq       INTEGER,
    blob_id      TEXT,
    size         INTEGER,
    internaldate INTEGER,
    delivered_at INTEGER NOT NULL
);
CREATE INDEX deliveries_account ON deliveries (account_id);

-- Spool
CREATE TABLE queue_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id    TEXT NOT NULL UNIQUE,
    sender      TEXT,
    env_id      TEXT,
    ret         TEXT,
    body        TEXT NOT NULL,
    smtputf8    INTEGER NOT NULL,
    helo        TEXT,
    client_ip   TEXT,
    auth_user   TEXT,
    received_at INTEGER NOT NULL,
    blob_id     TEXT NOT NULL,
    blob_size   INTEGER NOT NULL,
    header_skip INTEGER NOT NULL,
    held        INTEGER NOT NULL DEFAULT 0
);

-- The RCPT commands as given, in order (the envelope).
CREATE TABLE queue_envelope_rcpts (
    entry_id INTEGER NOT NULL REFERENCES queue_entries (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    address  TEXT NOT NULL,
    orcpt    TEXT,
    notify   TEXT NOT NULL,
    PRIMARY KEY (entry_id, position)
);

-- Final recipients after expansion, each with the RCPT it came from and its delivery state.
CREATE TABLE queue_recipients (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id       INTEGER NOT NULL REFERENCES queue_entries (id) ON DELETE CASCADE,
    address        TEXT NOT NULL,
    orig_address   TEXT NOT NULL,
    orcpt          TEXT,
    notify         TEXT NOT NULL,
    state          TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_attempt   INTEGER NOT NULL,
    last_reply     TEXT,
    delay_notified INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX queue_recipients_entry ON queue_recipients (entry_id);
CREATE INDEX queue_recipients_due ON queue_recipients (state, next_attempt);
