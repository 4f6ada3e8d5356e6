"""One base ``AppState`` for the journey so far, plus one substate per page."""
