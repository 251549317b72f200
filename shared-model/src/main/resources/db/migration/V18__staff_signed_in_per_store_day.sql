-- "Who helped you today?" (issue 18) lists the staff signed in at a store today: a range of one store's sign-ins by
-- start time, read while the customer waits. Append-only: never edit this file once released.
create index ix_staff_session_store_start on staff_session (store_id, started_at);
