"""TMF646 Appointment Management v4: engineer visits booked against seeded capacity per postcode area."""
