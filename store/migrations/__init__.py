"""Forward-only SQL migrations, `NNNN_name.sql`, applied in order by `store.schema`."""
