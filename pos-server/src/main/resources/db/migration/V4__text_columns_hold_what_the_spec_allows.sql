-- Text from D-Store and from merchants is as long as the specs allow, counted in Unicode code points: 255 emoji are
-- a valid posProductId. H2 counts a VARCHAR's length in UTF-16 units (an emoji is two), and StoredText writes a string
-- holding U+0000 or a lone surrogate in an escaped form up to six times longer. So these columns have no length of
-- their own: the request's validation against the spec is the one limit. Text the server writes itself
-- (order_flags.detail, stores.catalog_resync_reason, outbox_messages.last_result_*) keeps its length and is cut to it.
-- SET DATA TYPE is the SQL-standard form both PostgreSQL and H2 accept.
ALTER TABLE orders ALTER COLUMN request_order_id SET DATA TYPE VARCHAR;
ALTER TABLE orders ALTER COLUMN pos_account_id SET DATA TYPE VARCHAR;
ALTER TABLE orders ALTER COLUMN pos_store_id SET DATA TYPE VARCHAR;
ALTER TABLE orders ALTER COLUMN channel_order_id SET DATA TYPE VARCHAR;
ALTER TABLE orders ALTER COLUMN short_order_number SET DATA TYPE VARCHAR;

ALTER TABLE order_lines ALTER COLUMN pos_product_id SET DATA TYPE VARCHAR;
ALTER TABLE order_lines ALTER COLUMN name SET DATA TYPE VARCHAR;
ALTER TABLE order_lines ALTER COLUMN remark SET DATA TYPE VARCHAR;

ALTER TABLE order_events ALTER COLUMN request_id SET DATA TYPE VARCHAR;

ALTER TABLE order_change_requests ALTER COLUMN request_id SET DATA TYPE VARCHAR;
ALTER TABLE order_change_requests ALTER COLUMN request_order_id SET DATA TYPE VARCHAR;

ALTER TABLE stores ALTER COLUMN pos_account_id SET DATA TYPE VARCHAR;
ALTER TABLE stores ALTER COLUMN pos_store_id SET DATA TYPE VARCHAR;
ALTER TABLE stores ALTER COLUMN name SET DATA TYPE VARCHAR;

ALTER TABLE products ALTER COLUMN pos_account_id SET DATA TYPE VARCHAR;
ALTER TABLE products ALTER COLUMN pos_store_id SET DATA TYPE VARCHAR;
ALTER TABLE products ALTER COLUMN pos_product_id SET DATA TYPE VARCHAR;
ALTER TABLE products ALTER COLUMN name SET DATA TYPE VARCHAR;

ALTER TABLE outbox_messages ALTER COLUMN ordering_key SET DATA TYPE VARCHAR;
ALTER TABLE outbox_messages ALTER COLUMN pos_account_id SET DATA TYPE VARCHAR;
ALTER TABLE outbox_messages ALTER COLUMN pos_store_id SET DATA TYPE VARCHAR;
