"""Side-by-side comparison: the votes (stored next to the history), the Bradley–Terry
ratings with bootstrap intervals, and the memory-aware schedule of the panes' models."""
