"""The concurrent package: its one submodule is concurrent.futures."""
