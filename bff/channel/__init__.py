"""What every channel app shares over HTTP: the app factory, middleware, dependencies, keyed answers, the
error body and how errors are rendered, event streams. The channels (bff/web, bff/retail) import this and
bff/core; bff/core knows nothing of HTTP frameworks.

    app.py         create_channel_app: middleware, error handlers, lifespan, the operations endpoints
    middleware.py  CorrelationMiddleware (request id, access log), ChannelMetricsMiddleware
    errors.py      ChannelError, TmfError and the framework's own refusals as the body `{code, message}`
    schemas.py     ErrorBody, the documented error answers, request bodies both channels take
    auth.py        who is calling: OptionalPrincipal, CustomerPrincipal, StaffPrincipal, ManagerPrincipal
    deps.py        ServicesDep, the Idempotency-Key header
    keyed.py       a mutating call answered once per Idempotency-Key (Keyed, answer_once)
    sse.py         Server-Sent Events of a stream of models
    operations.py  /health, /ready, /metrics
"""
