"""TMF648 Quote Management v4: instant quotes priced from the TMF620 catalogue."""
