"""State of the store staff's screens, one module per page of pages/staff/."""
