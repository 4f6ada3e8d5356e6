"""One function per page; ``storefront.py`` adds them to the app with their routes and load events."""
