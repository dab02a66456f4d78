"""epkg.exports: the graph out to other tools: RDF formats, tables, GraphML/GEXF, HTML and plots."""
