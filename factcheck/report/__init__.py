"""Writers: one module per format. Each takes a :class:`~factcheck.pipeline.Report`."""
