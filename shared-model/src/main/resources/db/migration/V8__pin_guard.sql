-- PINs that cannot be guessed by trying (issue 13): wrong PINs are counted per terminal, across restarts and
-- across every place a PIN is typed (sign-in, age checks, help calls, changing a PIN).
-- Append-only: never edit this file once released.

-- Where PIN entry at one terminal stands: consecutive wrong PINs, the pause that runs, the lock a manager lifts.
-- One row per terminal that ever saw a wrong PIN; the terminal row itself is locked while a PIN is checked.
create table pin_entry_state (
    id           bigint       not null primary key,
    terminal_id  bigint       not null references terminal (id),
    failures     integer      not null,
    paused_until timestamp(6) with time zone,
    locked_at    timestamp(6) with time zone,
    unlocked_at  timestamp(6) with time zone,
    unlocked_by  varchar(100),
    version      bigint       not null,
    constraint uk_pin_entry_state_terminal unique (terminal_id)
);

-- Every refused PIN: which terminal, when, where it was typed and why it was refused. Never the PIN.
create table pin_failure (
    id            bigint      not null primary key,
    terminal_code varchar(32) not null,
    failed_at     timestamp(6) with time zone not null,
    place         varchar(16) not null,
    outcome       varchar(16) not null
);
create index ix_pin_failure_terminal on pin_failure (terminal_code, failed_at);

-- Staff choose their own PIN (4 to 6 digits), at most once an hour: see PinGuard.changePin.
alter table staff_member add column pin_changed_at timestamp(6) with time zone;
