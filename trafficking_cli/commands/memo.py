"""The `memo` command(s): not built yet."""
