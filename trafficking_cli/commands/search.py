"""The `search` command(s): not built yet."""
