"""Pure functions that turn engine drafts into the plan's tasks, RACI, roadmap and checks."""
