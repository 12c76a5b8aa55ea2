import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

/** Neo4j's own parser's errors for a statement, leaving out "Parameter $x is not defined" (parameters come at run time). */
export function cypherErrors(query: string): string[] {
  return lintCypherQuery(query, {})
    .diagnostics.filter((d) => d.severity === 1)
    .map((d) => d.message)
    .map((message) => (typeof message === 'string' ? message : message.value))
    .filter((message) => isNotParamError({ message }));
}
