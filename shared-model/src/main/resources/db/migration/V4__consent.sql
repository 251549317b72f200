-- Consent facts (issue 5). Append-only: a renewal or a withdrawal is a new row, never an update, so the
-- history stays provable. Append-only file too: never edit once released.
create table consent_fact (
    id            bigint       not null primary key,
    customer_id   bigint       not null references customer (id),
    purpose       varchar(24)  not null,
    kind          varchar(16)  not null,
    recorded_at   timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone,
    channel       varchar(16)  not null,
    terminal_code varchar(32),
    text_version  varchar(16),
    text_hash     varchar(64),
    language      varchar(8),
    signature_png bytea
);
create index ix_consent_customer_purpose on consent_fact (customer_id, purpose, recorded_at);
