-- Product names and descriptions, and location names, in the customer's language (issue 16, item 5;
-- docs/decisions/0011-catalogue-translations.md). Append-only: never edit once released.

-- A product's own name and description (product.name, product.description) are its English text and the fallback:
-- a language without a row here shows them. One row per product and language (ISO 639-1: nl, da).
create table product_text (
    product_id  bigint        not null references product (id),
    language    varchar(8)    not null,
    name        varchar(200)  not null,
    description varchar(1000),
    -- the name as SearchText.normalise makes it: the order of tiles in this language
    sort_name   varchar(200)  not null,
    constraint pk_product_text primary key (product_id, language)
);

-- A location's name in a language, where it is a description rather than a proper name ("Central warehouse");
-- store names ("Connected Store Gent") have no rows and stay as they are.
create table store_text (
    store_id bigint       not null references store (id),
    language varchar(8)   not null,
    name     varchar(100) not null,
    constraint pk_store_text primary key (store_id, language)
);

-- The word table's words of the names in other languages (product_search_term holds the English name's and the
-- brand's): the counter's look-up and the kiosk's search until its index is built find a product by its name in the
-- customer's language too. Only words the English name and brand do not have; sort_name is the translated name's.
create table product_text_term (
    term       varchar(64)  not null,
    product_id bigint       not null references product (id),
    language   varchar(8)   not null,
    sort_name  varchar(200) not null,
    -- a typed prefix in one language is a range scan of the key
    constraint pk_product_text_term primary key (language, term, product_id)
);
create index ix_text_term_product on product_text_term (product_id);
