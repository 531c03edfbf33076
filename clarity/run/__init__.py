"""Running a check: inputs, the per-document pipeline, serial and parallel runs, reports."""
