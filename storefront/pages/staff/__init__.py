"""The store staff's screens (assisted sales), served from the retail BFF."""
