-- Who looked at which customer's profile, when, where and why (issue 5). Append-only and tamper-evident:
-- every entry carries the hash of the one before it. customer_id has no foreign key on purpose: after an
-- erasure it is only a pseudonym. Append-only file too: never edit once released.
create table profile_access (
    id            bigint       not null primary key,
    position      bigint       not null,
    customer_id   bigint       not null,
    staff_id      bigint       not null references staff_member (id),
    staff_name    varchar(100) not null,
    terminal_code varchar(32)  not null,
    reason        varchar(200) not null,
    accessed_at   timestamp(6) with time zone not null,
    prev_hash     varchar(64)  not null,
    entry_hash    varchar(64)  not null,
    constraint uk_profile_access_position unique (position)
);
create index ix_profile_access_customer on profile_access (customer_id, accessed_at);
