import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g;

/**
 * The supergraph with each subgraph's URL replaced by the one configured for this
 * deployment (`<NAME>_URL`, or the `<NAME>_PORT` on loopback). The committed file carries the
 * default URLs only; ports and hosts are configuration, so moving them never changes a
 * tracked file and never needs a composition.
 */
export function withSubgraphUrls(supergraphSdl: string, urls: Partial<Record<string, string>>): string {
  return supergraphSdl.replace(JOIN_GRAPH, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: ${JSON.stringify(urls[name])})` : whole,
  );
}

export function loadSupergraph(urls: Partial<Record<string, string>>): string {
  return withSubgraphUrls(readFileSync(SUPERGRAPH_PATH, 'utf8'), urls);
}
