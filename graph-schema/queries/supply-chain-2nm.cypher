// What is the supply chain into 2 nm chips? Who develops or uses the 2 nm process,
// who supplies them, and whom they manufacture chips for.
// Run: ikg query --file graph-schema/queries/supply-chain-2nm.cypher
MATCH (process:Technology {id: '2nm-process'})<-[:DEVELOPS|USES]-(maker:Entity)
OPTIONAL MATCH (supplier:Entity)-[:SUPPLIES]->(maker)
OPTIONAL MATCH (maker)-[:MANUFACTURES_FOR]->(customer:Entity)
RETURN maker.name_en AS maker, collect(DISTINCT supplier.name_en) AS suppliers,
       collect(DISTINCT customer.name_en) AS customers
ORDER BY maker
