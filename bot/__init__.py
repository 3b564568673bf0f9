"""The running service: settings, chat adapters, console, alerts, digests and the CLI."""
