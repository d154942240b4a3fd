"""Benchmark runner and benchmarks: ``python -m benchmarks.run`` prints a JSON object of metrics."""
