-- Separate rights per app (docs/decisions/0006-database-rights-per-app.md).
--
-- A staff member signed in at a terminal: staff actions (answering a request, the access log, blocking a card)
-- name one of these, checked where the action is stored. Only the counter may write them.
create table staff_session (
    id            bigint       not null primary key,
    staff_id      bigint       not null references staff_member (id),
    store_id      bigint       not null references store (id),
    terminal_code varchar(32),
    started_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    ended_at      timestamp(6) with time zone
);
create index ix_staff_session_staff on staff_session (staff_id);

-- A clerk's answer to an age check or help call, in a table the kiosk can read but not write (H2 has no
-- column grants, and the kiosk must keep creating and cancelling its own requests). One answer per request.
-- staff_session_id is null only for answers given before this table existed.
create table assistance_answer (
    request_id       bigint       not null primary key references assistance_request (id),
    status           varchar(16)  not null,
    staff_id         bigint       not null references staff_member (id),
    staff_name       varchar(100) not null,
    staff_session_id bigint       references staff_session (id),
    answered_at      timestamp(6) with time zone not null
);

insert into assistance_answer (request_id, status, staff_id, staff_name, staff_session_id, answered_at)
select r.id, r.status, r.answered_by, m.name, null, r.answered_at
from assistance_request r join staff_member m on m.id = r.answered_by
where r.status in ('APPROVED', 'REFUSED', 'DONE') and r.answered_at is not null;
