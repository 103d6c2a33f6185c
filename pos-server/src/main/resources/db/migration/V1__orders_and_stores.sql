-- One schema for PostgreSQL (production, tests) and embedded H2 in PostgreSQL mode (default).
-- H2 compatibility: TIMESTAMP WITH TIME ZONE (not TIMESTAMPTZ), no partial indexes, no INSERT ... RETURNING,
-- no ON CONFLICT (col): idempotent inserts use ON CONFLICT DO NOTHING without a target, so every table written
-- that way has exactly one unique key besides its primary key, or only its primary key.

-- The merchants' stores this POS serves. Configured stores are registered at start-up; the merchant API
-- (addStore) will add more. catalog_resync_needed: createOrder met a product or amount the catalog does not
-- explain, so the whole catalog must be sent to D-Store again (syncProduct full sync).
CREATE TABLE stores (
    pos_account_id              VARCHAR(64)              NOT NULL,
    pos_store_id                VARCHAR(255)             NOT NULL,
    catalog_resync_needed       BOOLEAN                  NOT NULL DEFAULT FALSE,
    catalog_resync_reason       VARCHAR(1024),
    catalog_resync_requested_at TIMESTAMP WITH TIME ZONE,
    catalog_synced_at           TIMESTAMP WITH TIME ZONE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stores_pkey PRIMARY KEY (pos_account_id, pos_store_id)
);

-- The POS catalog per store, as last synced to D-Store (written by the merchant API).
CREATE TABLE products (
    pos_account_id VARCHAR(64)              NOT NULL,
    pos_store_id   VARCHAR(255)             NOT NULL,
    pos_product_id VARCHAR(255)             NOT NULL,
    product_type   VARCHAR(16)              NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    name           VARCHAR(255),
    price_value    BIGINT,
    price_currency CHAR(3),
    details        TEXT,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT products_pkey PRIMARY KEY (pos_account_id, pos_store_id, pos_product_id)
);

-- Order ids come from a sequence so that posOrderId is unique across instances without a second unique key.
CREATE SEQUENCE order_id_seq;

-- One row per D-Store order. request_order_id (D-Store's idempotency key) is the only unique key besides the
-- primary key: INSERT ... ON CONFLICT DO NOTHING on it decides the single winner of concurrent duplicates.
-- answer holds the exact createOrder answer, replayed unchanged; request_sha256 detects a replay with another body.
CREATE TABLE orders (
    id                      BIGINT                   NOT NULL,
    request_order_id        VARCHAR(255)             NOT NULL,
    pos_order_id            VARCHAR(64)              NOT NULL,
    pos_account_id          VARCHAR(64)              NOT NULL,
    pos_store_id            VARCHAR(255)             NOT NULL,
    order_channel           VARCHAR(16)              NOT NULL,
    channel_order_id        VARCHAR(255)             NOT NULL,
    service_type            VARCHAR(16)              NOT NULL,
    delivery_provider       VARCHAR(16),
    status                  VARCHAR(16)              NOT NULL,
    delivery_status         VARCHAR(32),
    auto_accept             BOOLEAN                  NOT NULL,
    short_order_number      VARCHAR(255),
    currency                CHAR(3)                  NOT NULL,
    order_amount            BIGINT                   NOT NULL,
    refunded_amount         BIGINT                   NOT NULL DEFAULT 0,
    expect_fulfillment_time TIMESTAMP WITH TIME ZONE NOT NULL,
    order_time              TIMESTAMP WITH TIME ZONE,
    ready_time              TIMESTAMP WITH TIME ZONE,
    lines_revision          INT                      NOT NULL DEFAULT 0,
    request_sha256          CHAR(64)                 NOT NULL,
    request_body            TEXT                     NOT NULL,
    answer                  TEXT                     NOT NULL,
    version                 BIGINT                   NOT NULL DEFAULT 0,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_request_order_id_key UNIQUE (request_order_id)
);
CREATE INDEX orders_pos_order_id_idx ON orders (pos_order_id);
CREATE INDEX orders_store_created_idx ON orders (pos_account_id, pos_store_id, created_at);

-- Order lines. A GrabFood modification adds a new revision; orders.lines_revision names the current one,
-- older revisions stay for the record.
CREATE TABLE order_lines (
    id             BIGSERIAL    NOT NULL,
    order_id       BIGINT       NOT NULL,
    revision       INT          NOT NULL,
    line_no        INT          NOT NULL,
    pos_product_id VARCHAR(255) NOT NULL,
    name           VARCHAR(255),
    quantity       INT          NOT NULL,
    unit_price     BIGINT,
    total_amount   BIGINT       NOT NULL,
    modifiers      TEXT,
    remark         VARCHAR(255),
    CONSTRAINT order_lines_pkey PRIMARY KEY (id),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX order_lines_order_idx ON order_lines (order_id, revision, line_no);

-- History: every change of an order, with when, who (DSTORE, CHANNEL, MERCHANT) and the payload that caused it.
CREATE TABLE order_events (
    id          BIGSERIAL                NOT NULL,
    order_id    BIGINT                   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(16)              NOT NULL,
    event_type  VARCHAR(32)              NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16),
    request_id  VARCHAR(255),
    payload     TEXT                     NOT NULL,
    CONSTRAINT order_events_pkey PRIMARY KEY (id),
    CONSTRAINT order_events_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX order_events_order_idx ON order_events (order_id, id);

-- Problems the merchant must look at (unknown product, amounts that do not add up, later: D-Store refused a message).
CREATE TABLE order_flags (
    id          BIGSERIAL                NOT NULL,
    order_id    BIGINT                   NOT NULL,
    flag        VARCHAR(32)              NOT NULL,
    detail      VARCHAR(1024)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT order_flags_pkey PRIMARY KEY (id),
    CONSTRAINT order_flags_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
);
CREATE INDEX order_flags_order_idx ON order_flags (order_id);

-- pushOrderChange idempotency: the requestId is the primary key (no other unique key); the answer is written in
-- the same transaction as the change it describes, so a replay always finds it.
CREATE TABLE order_change_requests (
    request_id       VARCHAR(255)             NOT NULL,
    request_order_id VARCHAR(255)             NOT NULL,
    request_sha256   CHAR(64)                 NOT NULL,
    answer           TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT order_change_requests_pkey PRIMARY KEY (request_id)
);
