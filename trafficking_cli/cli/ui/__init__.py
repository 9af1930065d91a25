"""Terminal rendering and prompts with rich."""
