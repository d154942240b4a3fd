"""İZSA Desktop: offline sustainability project inventory for İzmir's district municipalities.

Layers (arrows point down, enforced by import-linter, see pyproject.toml):
ui | map  ->  services  ->  bundle | store  ->  core
"""

__version__ = "0.1.0"
