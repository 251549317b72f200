-- Gapless receipt numbers per terminal: the next number is taken under a row lock in the sale's own
-- transaction, so a sale that rolls back gives its number back.
create table receipt_counter (
    terminal_id bigint not null primary key references terminal (id),
    last_number bigint not null
);
