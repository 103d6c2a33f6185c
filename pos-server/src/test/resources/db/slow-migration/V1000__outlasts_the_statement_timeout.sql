-- Test only (MigrationTimeoutsTest): a migration that runs longer than the request path's statement time-out.
SELECT pg_sleep(1.5);
