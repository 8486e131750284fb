import { composeServices } from '@apollo/composition';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { parse } from 'graphql';

/**
 * `summary` and `sections` live in the committee subgraph and @require the council's and the
 * Front's figures: the gateway must fetch those first and hand them to the committee.
 */
describe('query plan of the report text', () => {
  const composed = composeServices(
    [council, committee, front, notifications].map((s) => ({ name: s.name, typeDefs: s.typeDefs, url: `http://${s.name}` })),
  );
  const supergraph = Supergraph.build(composed.supergraphSdl!);
  const plan = (query: string) => new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(query))).node as PlanNode;
  const fetches = (node: PlanNode): FetchNode[] =>
    node.kind === 'Fetch' ? [node] : node.kind === 'Flatten' ? fetches(node.node) : 'nodes' in node ? node.nodes.flatMap(fetches) : [];

  it('composes', () => {
    expect(composed.errors).toBeUndefined();
  });

  it('fetches the key, then the council and Front figures in parallel, then the text from the committee', () => {
    const root = plan('{ coordinationReport(jurisdictionId: "x", year: 2022) { summary sections { title lines } } }');
    expect(root.kind).toBe('Sequence');
    const steps = (root as Extract<PlanNode, { kind: 'Sequence' }>).nodes;
    expect(steps.map((s) => fetches(s).map((f) => f.serviceName).sort())).toEqual([['committee'], ['council', 'front'], ['committee']]);
    const text = fetches(steps[2])[0];
    expect(text.operation).toMatch(/summary/);
    expect(text.operation).toMatch(/sections/);
    const required = JSON.stringify(text.requires);
    expect(required).toContain('"council"');
    expect(required).toContain('"front"');
    expect(fetches(steps[1]).every((f) => !/summary/.test(f.operation))).toBe(true);
  });

  it('does not fetch the other figures when only the committee figures are asked for', () => {
    const root = plan('{ coordinationReport(jurisdictionId: "x", year: 2022) { committee { casesReceived } } }');
    expect(fetches(root).map((f) => f.serviceName)).toEqual(['committee']);
  });
});
