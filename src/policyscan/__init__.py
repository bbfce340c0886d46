"""policyscan: read AI and technology policy news — actors, AI models, policy actions, dates."""

__version__ = "0.1.0"
