-- Endless aisle (issue 7): orders placed at a kiosk for pick-up at a store or home delivery.
-- Append-only: never edit this file once released.

-- One order. Its status moves only along the transitions CustomerOrder allows; every move is an order_event.
-- The delivery address is the only personal data here: orders are not linked to a customer account.
create table customer_order (
    id                bigint        not null primary key,
    code              varchar(12)   not null,
    store_id          bigint        not null references store (id),
    terminal_code     varchar(32)   not null,
    fulfilment        varchar(16)   not null,
    pickup_store_id   bigint        references store (id),
    delivery_name     varchar(100),
    delivery_street   varchar(200),
    delivery_postcode varchar(16),
    delivery_city     varchar(100),
    delivery_country  varchar(2),
    currency_code     varchar(3)    not null,
    total             numeric(12,2) not null,
    status            varchar(16)   not null,
    payment_choice    varchar(16)   not null,
    paid_at           timestamp(6) with time zone,
    payment_reference varchar(64),
    placed_at         timestamp(6) with time zone not null,
    hold_until        timestamp(6) with time zone not null,
    language          varchar(8)    not null,
    notice            varchar(400),
    version           bigint        not null,
    constraint uk_order_code unique (code)
);
create index ix_order_pickup_status on customer_order (pickup_store_id, status);
create index ix_order_status_hold on customer_order (status, hold_until);

create table order_line (
    id              bigint        not null primary key,
    order_id        bigint        not null references customer_order (id),
    line_no         integer       not null,
    product_id      bigint        not null references product (id),
    product_name    varchar(200)  not null,
    quantity        integer       not null,
    unit_price      numeric(12,2) not null,
    source_store_id bigint        not null references store (id),
    ready_in_days   integer       not null
);
create index ix_order_line_order on order_line (order_id);

-- Every status change and payment attempt of an order, with when and who (terminal code or staff name).
create table order_event (
    id          bigint       not null primary key,
    order_id    bigint       not null references customer_order (id),
    kind        varchar(24)  not null,
    happened_at timestamp(6) with time zone not null,
    done_by     varchar(100) not null
);
create index ix_order_event_order on order_event (order_id, happened_at);

-- An order's units are held as reservations; they end with the order (picked up, cancelled, expired).
alter table reservation add column order_id bigint references customer_order (id);
create index ix_reservation_order on reservation (order_id);
