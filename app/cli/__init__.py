"""paddock-cli: the headless command line (power users, scripts, tests)."""
