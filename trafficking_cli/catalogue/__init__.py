"""The message catalogue: one module per domain, ``{key: (French, English)}``; ``i18n`` loads them by key prefix."""
