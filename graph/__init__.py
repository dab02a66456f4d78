"""epkg.graph: documents → facts → RDF graphs → the store, and the readers over it."""
