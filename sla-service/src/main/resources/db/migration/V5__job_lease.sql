-- Which replica runs a scheduled job (JobLease): the holder until the lease expires.
create table job_lease (
    job        text primary key,
    holder     text        not null,
    expires_at timestamptz not null
);
