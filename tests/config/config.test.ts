import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { NewsgraphError } from '../../src/errors/NewsgraphError';

describe('Config: loadConfig', () => {
  it('uses the local embedded Neo4j when NEO4J_URI is not set', () => {
    const c = loadConfig({});
    expect(c.neo4j.kind).toBe('local');
    if (c.neo4j.kind === 'local') {
      expect(c.neo4j.port).toBe(7687);
      expect(c.neo4j.dataDir.endsWith(path.join('.neo4j-local', 'data'))).toBe(true);
    }
    expect(c.port).toBe(4000);
    expect(c.txTimeoutMs).toBe(5000);
    expect(c.maxConnections).toBe(8);
  });

  it('uses the given server and credentials when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'news' });
    expect(c.neo4j).toEqual({ kind: 'remote', uri: 'neo4j://db.example:7687', user: 'reader', password: 's3cret', database: 'news' });
  });

  it.each([
    ['NEO4J_URI', { NEO4J_URI: 'not a uri' }],
    ['NEO4J_URI', { NEO4J_URI: 'http://localhost:7474' }],
    ['PORT', { PORT: 'eighty' }],
    ['NEO4J_TX_TIMEOUT_MS', { NEO4J_TX_TIMEOUT_MS: '-5' }],
    ['NEO4J_LOCAL_HEAP', { NEO4J_LOCAL_HEAP: 'lots' }],
    ['LOAD_SAMPLE', { LOAD_SAMPLE: 'maybe' }],
    ['NEO4J_MAX_CONNECTIONS', { NEO4J_MAX_CONNECTIONS: '0' }],
  ])('names %s when its value is wrong', (variable, env) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NewsgraphError);
    expect((caught as NewsgraphError).code).toBe('CONFIG');
    expect((caught as NewsgraphError).message.startsWith(`${variable}: `)).toBe(true);
  });

  it('never puts the password in an error message', () => {
    expect(() => loadConfig({ NEO4J_URI: 'ftp://u:hunter2@host', NEO4J_PASSWORD: 'hunter2' })).toThrow(/scheme/);
    try {
      loadConfig({ NEO4J_URI: 'ftp://host', NEO4J_PASSWORD: 'hunter2' });
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('hunter2');
    }
  });
});
