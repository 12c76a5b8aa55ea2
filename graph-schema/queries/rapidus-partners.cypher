// Who are Rapidus's partners, and what is the status of each partnership?
// Run: ikg query --file graph-schema/queries/rapidus-partners.cypher
MATCH (rapidus:Entity {id: 'rapidus'})-[partnership:PARTNERS_WITH]-(partner:Entity)
RETURN partner.id AS partner, partner.name_en AS name, partner.name_ko AS name_ko,
       partnership.status AS status, partnership.topic AS topic
ORDER BY status, partner
