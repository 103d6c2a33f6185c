-- A store id belongs to one merchant account: D-Store's orders name the store, and an order must reach one merchant.
-- The merchant API's addStore and the start-up registration of configured stores insert with ON CONFLICT DO NOTHING
-- (no target, V1's H2 rule), which now also does nothing when another account holds the id; both then read the row
-- to tell the two cases apart. stores keeps exactly one unique key besides its primary key, as V1 requires.
-- On a database where two accounts already share a store id this migration fails (duplicate key): give one of the
-- stores another id first.
ALTER TABLE stores ADD CONSTRAINT stores_pos_store_id_key UNIQUE (pos_store_id);
