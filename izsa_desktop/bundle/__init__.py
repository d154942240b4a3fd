"""Signed bundles: framing, keys, verification, merge planning (pure; imports only izsa_desktop.core)."""
