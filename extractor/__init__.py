"""kehoach extractor: one plan's text in, a structured `PlanResult` out."""
__version__ = "0.1.0"
