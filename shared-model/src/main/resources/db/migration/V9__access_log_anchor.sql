-- The staff access log's anchor (issue 13): a secret key the kiosk cannot read, and the chain's head written in
-- the same transaction as every append. Entries after the legacy end are chained with HMAC-SHA256 under the key,
-- so nobody without it can recompute the chain; the head (position, last MAC, and a MAC over both) shows
-- entries removed at the end. Grants: the kiosk has no rights on either table; the counter reads and inserts the
-- key once (the first append makes it) and reads and updates the head. Append-only file: never edit once released.

-- One row, made by the first append (32 random bytes, hex). Never logged, never shown.
create table access_log_key (
    id         bigint      not null primary key,
    secret_hex varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    constraint ck_access_log_key_single check (id = 1)
);

-- One row, here from the start so appends always have a row to lock. head_mac is null until the first append
-- anchors the log: entries up to legacy_end were chained with plain SHA-256 before this migration.
create table access_log_head (
    id         bigint      not null primary key,
    legacy_end bigint,
    position   bigint      not null,
    entry_mac  varchar(64) not null,
    head_mac   varchar(64),
    constraint ck_access_log_head_single check (id = 1)
);
insert into access_log_head (id, legacy_end, position, entry_mac, head_mac)
values (1, null, 0, '0000000000000000000000000000000000000000000000000000000000000000', null);
