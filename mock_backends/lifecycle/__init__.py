"""Background work of a mock process (event delivery, the order manager), run inside the app's lifespan."""
