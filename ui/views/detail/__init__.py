"""Parts of the account detail view: header, checklist and the record tabs."""
