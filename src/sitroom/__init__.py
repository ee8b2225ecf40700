"""sitroom: crisis reporting in, source-attributed and geocoded conflict events out."""
__version__ = "0.1.0"
