"""The `case` command(s): not built yet."""
