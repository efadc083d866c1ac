"""SQLite storage: connection set-up, migrations, backups and errors."""

from tracker.database import Database
from tracker.storage.db import (
    SCHEMA_VERSION,
    backup_database,
    check_database,
    open_database,
    transaction,
)
from tracker.storage.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NewerSchemaError,
    ReadOnlyDatabaseError,
    StoreError,
)

__all__ = [
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "Database",
    "DatabaseLockedError",
    "NewerSchemaError",
    "ReadOnlyDatabaseError",
    "StoreError",
    "backup_database",
    "check_database",
    "open_database",
    "transaction",
]
