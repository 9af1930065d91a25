"""The command line: the typer app, its commands and the terminal views (the only typer and rich imports)."""
