"""claimgraph: who claimed what, citing which evidence — traced to hashed sources."""

__version__ = "0.1.0"
