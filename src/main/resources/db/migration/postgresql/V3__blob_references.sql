-- The blob collector asks whether any queue entry still refers to a blob.
CREATE INDEX queue_entries_blob ON queue_entries (blob_id);
