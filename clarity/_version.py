"""clarity's version: a leaf module, imported by the package and the reports alike."""

__version__ = "0.1.0"
