"""The law and the checklists as data: YAML in (the only yaml import: loader), a validated Corpus out."""
