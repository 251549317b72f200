-- Customer feedback (issue 18, docs/decisions/0008-customer-feedback.md). Append-only: never edit once released.

-- One answer to "how was it today?": a 1-5 smiley, optionally 0-10 "would you recommend us", an optional comment.
-- Nothing here names a customer: the link to one, when they allowed it, is feedback_author (erasure deletes it).
-- One response per sale and per web order: the unique constraints are what refuses a second one.
create table feedback_response (
    id            bigint        not null primary key,
    store_id      bigint        not null references store (id),
    terminal_code varchar(32)   not null,
    channel       varchar(16)   not null,
    sale_id       bigint        references sale (id),
    order_id      bigint        references customer_order (id),
    staff_id      bigint        references staff_member (id),
    rating        smallint      not null,
    recommend     smallint,
    comment_text  varchar(1000),
    language      varchar(8)    not null,
    given_at      timestamp(6) with time zone not null,
    constraint ck_feedback_rating check (rating between 1 and 5),
    constraint ck_feedback_recommend check (recommend is null or recommend between 0 and 10),
    constraint uk_feedback_sale unique (sale_id),
    constraint uk_feedback_order unique (order_id)
);
create index ix_feedback_store_time on feedback_response (store_id, given_at);
create index ix_feedback_staff_time on feedback_response (staff_id, given_at);

-- Who gave a response, only when they had a card, allowed recognition at that moment, and so agreed to be known.
create table feedback_author (
    response_id bigint not null primary key references feedback_response (id),
    customer_id bigint not null references customer (id)
);
create index ix_feedback_author_customer on feedback_author (customer_id);

-- Per store and (store-local) day: the sums the dashboard adds up, so a 12-week view reads 84 rows per store instead
-- of every sale. Only whole days are rolled up (FeedbackFigures.rollUp); today is counted live. Must equal a recount.
create table store_day_figures (
    store_id          bigint  not null references store (id),
    sales_day         date    not null,
    responses         integer not null,
    satisfied         integer not null,
    rating_sum        integer not null,
    recommend_answers integer not null,
    promoters         integer not null,
    detractors        integer not null,
    sales             integer not null,
    multi_item_sales  integer not null,
    items             numeric(14,3) not null,
    suggestions_shown integer not null,
    suggestions_taken integer not null,
    primary key (store_id, sales_day)
);
