"""Full-text search over the corpus (the only whoosh import: engine), text folding, query parsing, ranking."""
