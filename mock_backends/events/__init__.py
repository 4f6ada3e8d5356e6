"""TMF notifications for every API: hub subscriptions, a transactional outbox, and its delivery worker.

resources.Collection (create / patch / replace / delete)
    └─► outbox.publish ──► tmf_event_outbox rows (same transaction as the change)
                               └─► delivery.DeliveryWorker ──► POST {callback}/listener/{eventType}
"""
