"""Archive processing: large inputs in partitions, on one process or a Dask cluster (see runner)."""
