-- The merchant side: stores added through the merchant API, catalog order, and the transactional outbox that carries
-- every merchant change to D-Store. Same H2 rules as V1 (no partial indexes, no ON CONFLICT (col), no RETURNING).

-- origin: CONFIG (pos.merchants) or MERCHANT_API (addStore). createOrder accepts configured stores and stores added
-- through the merchant API; a row left behind by a store removed from the configuration is not served.
-- name and auto_accept matter for MERCHANT_API stores (configured stores take auto-accept from the configuration).
ALTER TABLE stores ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'CONFIG';
ALTER TABLE stores ADD COLUMN name VARCHAR(255);
ALTER TABLE stores ADD COLUMN auto_accept BOOLEAN NOT NULL DEFAULT FALSE;

-- The catalog keeps the merchant's product order; a full sync sends the products in it.
ALTER TABLE products ADD COLUMN position INT NOT NULL DEFAULT 0;

-- One row per message to D-Store, written in the same transaction as the change it reports.
--   ordering_key     'order:<orders.id>' or 'store:<account>/<store>': messages with one key go out strictly in id
--                    order and never two at once (a message is claimed only when no earlier one of its key is PENDING)
--   request_id       the D-Store idempotency key, the same for every attempt (the only unique key besides the id)
--   payload          the request JSON, the same body every attempt (each attempt is signed afresh)
--   state            PENDING, DELIVERED (S, or A for addStore) or FAILED (F, or attempts exhausted)
--   locked_by/until  the lease of the sender that claimed it (FOR UPDATE SKIP LOCKED); an expired lease is claimed
--                    again, so a sender killed mid-flight delays a message but never loses it
CREATE TABLE outbox_messages (
    id                  BIGSERIAL                NOT NULL,
    ordering_key        VARCHAR(330)             NOT NULL,
    operation           VARCHAR(32)              NOT NULL,
    request_id          VARCHAR(255)             NOT NULL,
    pos_account_id      VARCHAR(64)              NOT NULL,
    pos_store_id        VARCHAR(255)             NOT NULL,
    order_id            BIGINT,
    payload             TEXT                     NOT NULL,
    state               VARCHAR(16)              NOT NULL,
    attempts            INT                      NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at     TIMESTAMP WITH TIME ZONE,
    last_result_code    VARCHAR(64),
    last_result_message VARCHAR(256),
    locked_by           VARCHAR(64),
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_messages_pkey PRIMARY KEY (id),
    CONSTRAINT outbox_messages_request_id_key UNIQUE (request_id),
    CONSTRAINT outbox_messages_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX outbox_messages_due_idx ON outbox_messages (state, next_attempt_at);
CREATE INDEX outbox_messages_key_idx ON outbox_messages (ordering_key, state, id);
CREATE INDEX outbox_messages_order_idx ON outbox_messages (order_id, id);
CREATE INDEX outbox_messages_store_idx ON outbox_messages (pos_account_id, pos_store_id, operation, id);
CREATE INDEX orders_account_created_idx ON orders (pos_account_id, created_at);
