"""TMF666 Account Management v4: billing accounts, and the bill that starts when a product is activated."""
