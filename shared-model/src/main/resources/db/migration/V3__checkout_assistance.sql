-- Self-checkout: staff assistance (age checks, help calls) and the chain's scale codes for weighed goods.
-- Append-only: never edit this file once released.

-- A kiosk asks, the counter answers. The rows are also how the terminals of a store tell each other:
-- the counter polls the open ones, the kiosk polls the one it is waiting for (see docs/decisions/0002).
create table assistance_request (
    id           bigint       not null primary key,
    store_id     bigint       not null references store (id),
    terminal_id  bigint       not null references terminal (id),
    kind         varchar(16)  not null,
    product_id   bigint       references product (id),
    minimum_age  integer      not null,
    status       varchar(16)  not null,
    created_at   timestamp(6) with time zone not null,
    answered_at  timestamp(6) with time zone,
    answered_by  bigint       references staff_member (id),
    version      bigint       not null
);
create index ix_assistance_store_status on assistance_request (store_id, status, created_at);

-- Weighed goods carry a shop-printed label (GS1 prefix 20-29) with a short item code, not their GTIN.
alter table product add column scale_code varchar(7);
create unique index uk_product_scale_code on product (scale_code);
update product set scale_code = lpad(cast(id as varchar(20)), 5, '0') where sold_by_weight and id < 100000;
