"""Item pipelines, one stage per module: extract, then store."""
