// Every relation of one entity, with the evidence quotes and the articles they come from.
// Run: ikg query --file graph-schema/queries/entity-evidence.cypher --param id=rapidus
MATCH (entity:Entity {id: $id})-[relation]-(other:Entity)
RETURN type(relation) AS relation, startNode(relation) = entity AS outgoing, other.name_en AS other,
       relation.status AS status, relation.evidence_quote AS quotes, relation.evidence_article AS articles
ORDER BY relation, other
