-- No charge without a record (issue 13): a card payment the terminal approved whose sale (or web order payment)
-- could not be stored, and which the terminal could not reverse either. Staff at the counter see the open ones
-- and resolve each by hand (refund it, or enter the sale); who did it and when stays on the row.
-- Append-only: never edit this file once released.
create table payment_to_resolve (
    id                 bigint        not null primary key,
    case_code          varchar(12)   not null,
    terminal_code      varchar(32)   not null,
    store_id           bigint        not null references store (id),
    amount             numeric(12,2) not null,
    currency_code      varchar(3)    not null,
    paid_at            timestamp(6) with time zone not null,
    terminal_reference varchar(64)   not null,
    order_code         varchar(12),
    what_failed        varchar(400)  not null,
    recorded_at        timestamp(6) with time zone not null,
    status             varchar(16)   not null,
    resolution         varchar(24),
    resolved_by        varchar(100),
    resolved_at        timestamp(6) with time zone,
    version            bigint        not null,
    constraint uk_payment_to_resolve_case unique (case_code)
);
create index ix_payment_to_resolve_store_status on payment_to_resolve (store_id, status, paid_at);
