"""Sign-in for the storefront: an OpenID Connect relying party whose tokens never leave the server."""
