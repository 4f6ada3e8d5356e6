"""What store staff do for a customer (the retail channel's journeys), on the web channel's core."""
