-- Housekeeping forgets delivery keys by age.
CREATE INDEX deliveries_delivered_at ON deliveries (delivered_at);
