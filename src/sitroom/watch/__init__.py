"""Live monitoring: follow pages and feeds, process only what changed (see poller.Poller)."""
