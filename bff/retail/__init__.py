"""The retail channel BFF: the store staff's screens (a FastAPI app of its own, port BFF_RETAIL_PORT)."""
