"""Paddock's PySide6 layer: widgets, controllers, item models and the threads that run
app/ work. Dependency direction: widgets -> controllers -> tasks -> app."""
