"""Use cases (open a workspace, enter projects, demo data, import/export, analysis).

Services own the transactions and return what changed (``OpChanges``); screens decide what to
refresh. No Qt here: the CLI, the benchmarks and the window all call the same services.
"""
