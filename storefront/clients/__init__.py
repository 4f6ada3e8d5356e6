"""The storefront's only way to its BFFs: ``web`` (the web BFF), ``retail`` (the retail BFF, for the staff
screens), ``models`` (the answers both give alike), ``http`` (one pooled connection per BFF and the
``BffError`` every failure becomes) and ``sse`` (their Server-Sent Events)."""
