import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from './config';
import { neo4jUserError } from './errors';

/** Opens a driver, checks the server and database answer, runs `work`, and always closes the driver. */
export async function withNeo4j<T>(settings: Neo4jSettings, work: (driver: Driver) => Promise<T>): Promise<T> {
  let driver: Driver | undefined;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    await driver.verifyConnectivity(settings.database ? { database: settings.database } : {});
    return await work(driver);
  } catch (error) {
    throw neo4jUserError(error, settings);
  } finally {
    await driver?.close();
  }
}
