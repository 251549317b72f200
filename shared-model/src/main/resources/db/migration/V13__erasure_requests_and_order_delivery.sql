-- Issue 13: the kiosk reads no other customer's data, on H2 as on PostgreSQL.
-- Append-only: never edit this file once released.
--
-- H2 refuses an update or delete to a user without select on the whole table. So the kiosk, which stands in the
-- customer's hands, no longer deletes customers itself: it records the customer's wish here (it may only insert)
-- and a terminal with staff rights (the counter) carries it out within seconds. From the moment a request is
-- recorded the kiosk's views no longer show that card's holder. A request holds only the card number, and is
-- deleted when it has been carried out.
create table erasure_request (
    id            bigint       not null primary key,
    card_number   varchar(32)  not null,
    terminal_code varchar(32)  not null,
    requested_at  timestamp(6) with time zone not null
);
create index ix_erasure_request_card on erasure_request (card_number);

-- A web order's delivery name and address, apart from the order: the kiosk updates orders (payment) and so must be
-- able to read them, but it only ever writes an address, once, when the order is placed. Staff read it; the kiosk
-- reads it only for the holder of the card it was shown (kiosk_order_delivery). The country stays on the order
-- (the books need it); the notice no longer names the city.
create table order_delivery (
    order_id bigint       not null primary key references customer_order (id),
    name     varchar(100) not null,
    street   varchar(200) not null,
    postcode varchar(16)  not null,
    city     varchar(100) not null
);

insert into order_delivery (order_id, name, street, postcode, city)
select id, delivery_name, delivery_street, delivery_postcode, delivery_city
from customer_order
where delivery_name is not null and delivery_street is not null and delivery_postcode is not null
  and delivery_city is not null;

alter table customer_order drop column delivery_name;
alter table customer_order drop column delivery_street;
alter table customer_order drop column delivery_postcode;
alter table customer_order drop column delivery_city;
update customer_order set notice = null where fulfilment = 'DELIVERY';
