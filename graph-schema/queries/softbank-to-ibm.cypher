// What is the shortest chain of relations from SoftBank to IBM (through entities only,
// not through the articles that mention both)?
// Run: ikg query --file graph-schema/queries/softbank-to-ibm.cypher
MATCH path = shortestPath((softbank:Entity {id: 'softbank'})-[*..8]-(ibm:Entity {id: 'ibm'}))
WHERE all(node IN nodes(path) WHERE node:Entity)
RETURN [node IN nodes(path) | node.name_en] AS entities,
       [relation IN relationships(path) | type(relation)] AS relations,
       length(path) AS hops
