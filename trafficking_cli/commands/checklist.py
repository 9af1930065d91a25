"""The `checklist` command(s): not built yet."""
