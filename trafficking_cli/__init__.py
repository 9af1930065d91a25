"""trafficking-cli: the law on trafficking in persons in Mali, interview checklists and charging memos."""

__version__ = "0.2.0"
