"""epkg.cli: the ``epkg`` command, a thin click layer over the library."""
