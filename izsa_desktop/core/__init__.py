"""Domain core: entities, taxonomies, validation, Turkish text rules. Standard library only, no Qt."""
