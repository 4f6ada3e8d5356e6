"""Pure functions that build the storefront's UI pieces; they read state vars but never change state."""
