"""Facts against the law: law in force, elements, charges, penalties, gaps, protection."""
