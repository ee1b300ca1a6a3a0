"""The ledger on disk: everything that touches its bytes (reading, writing, locking, the cache)."""
