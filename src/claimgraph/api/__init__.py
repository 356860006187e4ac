"""The JSON API and web UI server (``claimgraph serve``)."""

from .app import create_app

__all__ = ["create_app"]
