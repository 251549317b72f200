-- Clienteling (issue 6): arrivals, suggestion outcomes, reservations for pick-up elsewhere.
-- Append-only: never edit this file once released.

-- A consented customer's card was scanned somewhere in the store. Written only when RECOGNITION allowed it at
-- that moment; the counters of the store read the recent ones with one indexed query per poll
-- (see docs/decisions/0002). Kept one day, deleted with the customer on erasure.
create table arrival (
    id            bigint       not null primary key,
    store_id      bigint       not null references store (id),
    customer_id   bigint       not null references customer (id),
    terminal_code varchar(32)  not null,
    arrived_at    timestamp(6) with time zone not null
);
create index ix_arrival_store_time on arrival (store_id, arrived_at);
create index ix_arrival_customer on arrival (customer_id);

-- Each suggestion a clerk was shown, and whether the customer took it: the store's upsell acceptance rate.
-- Anonymous on purpose: which product, why, when, by whom, not for whom.
create table suggestion_outcome (
    id          bigint       not null primary key,
    store_id    bigint       not null references store (id),
    staff_id    bigint       not null references staff_member (id),
    product_id  bigint       not null references product (id),
    reason      varchar(24)  not null,
    shown_at    timestamp(6) with time zone not null,
    accepted_at timestamp(6) with time zone
);
create index ix_suggestion_store_time on suggestion_outcome (store_id, shown_at);

-- A unit held at one location (another store, the warehouse) for pick-up at this store. The unit leaves the
-- source's stock when reserved and goes back when the reservation is cancelled or runs out.
create table reservation (
    id              bigint       not null primary key,
    product_id      bigint       not null references product (id),
    source_store_id bigint       not null references store (id),
    pickup_store_id bigint       not null references store (id),
    quantity        integer      not null,
    status          varchar(16)  not null,
    customer_id     bigint       references customer (id),
    reserved_by     bigint       references staff_member (id),
    created_at      timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    version         bigint       not null
);
create index ix_reservation_pickup_status on reservation (pickup_store_id, status);
create index ix_reservation_status_expiry on reservation (status, expires_at);
