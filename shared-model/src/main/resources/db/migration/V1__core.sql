-- Connected Store core schema. Runs unchanged on H2 2.x and PostgreSQL.
-- Append-only: never edit this file once released; add V2__... instead.

create sequence entity_seq start with 1 increment by 50;

create table store (
    id            bigint       not null primary key,
    code          varchar(16)  not null,
    name          varchar(100) not null,
    city          varchar(100) not null,
    kind          varchar(16)  not null,
    country_code  varchar(2)   not null,
    currency_code varchar(3)   not null,
    constraint uk_store_code unique (code)
);

create table vat_rate (
    id           bigint       not null primary key,
    country_code varchar(2)   not null,
    vat_class    varchar(16)  not null,
    rate         numeric(5,2) not null,
    constraint uk_vat_rate unique (country_code, vat_class)
);

create table terminal (
    id       bigint       not null primary key,
    store_id bigint       not null references store (id),
    code     varchar(32)  not null,
    name     varchar(100) not null,
    kind     varchar(16)  not null,
    constraint uk_terminal_code unique (code)
);

create table staff_member (
    id       bigint       not null primary key,
    store_id bigint       not null references store (id),
    name     varchar(100) not null,
    role     varchar(16)  not null,
    pin_hash varchar(200) not null
);
create index ix_staff_store on staff_member (store_id);

create table category (
    id   bigint       not null primary key,
    code varchar(32)  not null,
    name varchar(100) not null,
    constraint uk_category_code unique (code)
);

create table product (
    id             bigint        not null primary key,
    gtin           varchar(14)   not null,
    name           varchar(200)  not null,
    brand          varchar(100)  not null,
    category_id    bigint        not null references category (id),
    description    varchar(1000),
    vat_class      varchar(16)   not null,
    minimum_age    integer       not null,
    sold_by_weight boolean       not null,
    sort_name      varchar(200)  not null,
    constraint uk_product_gtin unique (gtin)
);
create index ix_product_category_sort on product (category_id, sort_name, id);
create index ix_product_sort on product (sort_name, id);

create table product_price (
    product_id    bigint        not null references product (id),
    currency_code varchar(3)    not null,
    amount        numeric(12,2) not null,
    primary key (product_id, currency_code)
);

-- One row per normalised word of a product's name and brand. A typed prefix is a range scan of
-- ix_search_term_sort, already in the order the kiosk shows (matching word, then product name), so the
-- first page streams out without sorting every match. sort_name is the product's, kept here for that.
create table product_search_term (
    term       varchar(64)  not null,
    product_id bigint       not null references product (id),
    sort_name  varchar(200) not null,
    primary key (term, product_id)
);
create index ix_search_term_product on product_search_term (product_id);
create index ix_search_term_sort on product_search_term (term, sort_name, product_id);

create table stock_level (
    id         bigint  not null primary key,
    store_id   bigint  not null references store (id),
    product_id bigint  not null references product (id),
    quantity   integer not null,
    version    bigint  not null,
    constraint uk_stock_store_product unique (store_id, product_id)
);
create index ix_stock_product on stock_level (product_id);

create table customer (
    id                 bigint       not null primary key,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    email              varchar(200),
    phone              varchar(40),
    preferred_language varchar(8)   not null,
    created_at         timestamp(6) with time zone not null
);

create table loyalty_card (
    id          bigint      not null primary key,
    card_number varchar(32) not null,
    customer_id bigint      not null references customer (id),
    status      varchar(16) not null,
    issued_at   timestamp(6) with time zone not null,
    constraint uk_card_number unique (card_number)
);
create index ix_card_customer on loyalty_card (customer_id);

create table sale (
    id             bigint        not null primary key,
    store_id       bigint        not null references store (id),
    terminal_id    bigint        not null references terminal (id),
    receipt_number bigint        not null,
    created_at     timestamp(6) with time zone not null,
    customer_id    bigint        references customer (id),
    currency_code  varchar(3)    not null,
    total          numeric(12,2) not null,
    constraint uk_sale_receipt unique (terminal_id, receipt_number)
);
create index ix_sale_store_time on sale (store_id, created_at);
create index ix_sale_customer on sale (customer_id);

create table sale_line (
    id         bigint        not null primary key,
    sale_id    bigint        not null references sale (id),
    line_no    integer       not null,
    product_id bigint        not null references product (id),
    quantity   numeric(10,3) not null,
    unit_price numeric(12,2) not null,
    vat_rate   numeric(5,2)  not null,
    line_total numeric(12,2) not null
);
create index ix_sale_line_sale on sale_line (sale_id);
create index ix_sale_line_product on sale_line (product_id);

create table payment (
    id         bigint        not null primary key,
    sale_id    bigint        not null references sale (id),
    method     varchar(16)   not null,
    status     varchar(16)   not null,
    amount     numeric(12,2) not null,
    reference  varchar(64),
    created_at timestamp(6) with time zone not null
);
create index ix_payment_sale on payment (sale_id);

-- Facts about this database itself, e.g. whether the demo chain was filled completely.
create table app_setting (
    setting_name  varchar(64)  not null primary key,
    setting_value varchar(200) not null
);
