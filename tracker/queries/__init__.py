"""Read-only queries that assemble what one screen shows, in one pass over the database."""
