"""The pure interview engine: sessions, conditions, the child flow, typed answers, what answers establish."""
