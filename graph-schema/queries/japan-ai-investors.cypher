// Who invests in Japanese AI infrastructure: Japan itself, or companies, facilities and
// technology in Japan (by country code or located in a place in Japan)?
// Run: ikg query --file graph-schema/queries/japan-ai-investors.cypher
MATCH (investor:Entity)-[investment:INVESTS_IN]->(target:Entity)
WHERE target.id = 'japan' OR target.country = 'JP'
   OR EXISTS { (target)-[:LOCATED_IN*1..3]->(:Place {id: 'japan'}) }
RETURN investor.name_en AS investor, investor.name_ko AS investor_ko, target.name_en AS target,
       investment.status AS status, investment.amount_text AS amount, investment.date AS date
ORDER BY investor, target
