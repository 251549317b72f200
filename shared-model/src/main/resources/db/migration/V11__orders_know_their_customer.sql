-- Issue 13: erasure that erases. A web order placed by a customer who showed their loyalty card at the kiosk
-- carries that customer, so the privacy portal shows it, the export holds it, and erasure finds it and clears
-- its delivery name and address (the order itself stays for the books, as sales do).
-- Append-only: never edit this file once released.
alter table customer_order add column customer_id bigint references customer (id);
create index ix_order_customer on customer_order (customer_id);
