"""TMF632 Party Management v4."""
