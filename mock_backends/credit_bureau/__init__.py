"""A mock credit bureau: seeded people and the credit decision the order manager asks it for."""
