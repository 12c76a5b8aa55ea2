import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from './config';
import { type Neo4jPhase, neo4jUserError } from './errors';

/** Opens a driver, checks the server answers, runs `work`, and always closes the driver. */
export async function withNeo4j<T>(settings: Neo4jSettings, work: (driver: Driver) => Promise<T>): Promise<T> {
  let driver: Driver | undefined;
  let phase: Neo4jPhase = 'connecting';
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    await driver.verifyConnectivity(settings.database ? { database: settings.database } : {});
    phase = 'working';
    return await work(driver);
  } catch (error) {
    throw neo4jUserError(error, settings, phase);
  } finally {
    await driver?.close();
  }
}
