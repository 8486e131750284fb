import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** `Type.field` → the fields of that type whose `@requires` names it: `SearchResults.frontMatches` → nodes, edges, pageInfo, totalCount. */
export type Dependents = Map<string, Set<string>>;

/** Reads every `@join__field(requires: …)` of the supergraph: which fields wait on which. */
export function dependentsOf(supergraphSdl: string): Dependents {
  const dependents: Dependents = new Map();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      for (const directive of field.directives ?? []) {
        const requires = directive.name.value === 'join__field' ? directive.arguments?.find((a) => a.name.value === 'requires')?.value : undefined;
        if (requires?.kind !== Kind.STRING) continue;
        const required = (parse(`{ ${requires.value} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections;
        for (const r of required) {
          if (r.kind !== Kind.FIELD) continue;
          const key = `${definition.name.value}.${r.name.value}`;
          dependents.set(key, (dependents.get(key) ?? new Set()).add(field.name.value));
        }
      }
    }
  }
  return dependents;
}

interface AskedField {
  node: FieldNode;
  /** The object type the field was asked on (a fragment's condition inside a union). */
  typeName: string;
}

const responseName = (f: FieldNode) => f.alias?.value ?? f.name.value;

function askedFields(set: SelectionSetNode | undefined, typeName: string, fragments: Map<string, FragmentDefinitionNode>): AskedField[] {
  return (set?.selections ?? []).flatMap((s): AskedField[] => {
    if (s.kind === Kind.FIELD) return [{ node: s, typeName }];
    const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
    return fragment ? askedFields(fragment.selectionSet, fragment.typeCondition?.name.value ?? typeName, fragments) : [];
  });
}

const valueAt = (data: unknown, path: ReadonlyArray<string | number>): unknown =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), data);

/**
 * Where the client sees an error the gateway met on its own way: a field it fetched only as
 * another's `@requires` input (the Front's `frontMatches` for the search's `nodes`, the
 * Front's figures for the report's `summary`) is not in the client's operation, and the
 * fields that needed it come back null with no error of their own. Such an error moves to
 * each asked field there that depends on it (or, failing those, each asked field there that
 * is null; failing that, the nearest asked path), so a client always finds the code at a
 * path it asked for.
 */
export function pointAtAskedPaths(
  errors: ReadonlyArray<GraphQLFormattedError>,
  o: { schema: GraphQLSchema; document: DocumentNode; operation: OperationDefinitionNode; data: unknown; dependents: Dependents },
): GraphQLFormattedError[] {
  const fragments = new Map(o.document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const root = o.schema.getRootType(o.operation.operation);
  return errors.flatMap((error) => (root && error.path ? repoint(error, root.name) : [error]));

  function repoint(error: GraphQLFormattedError, rootType: string): GraphQLFormattedError[] {
    const path = error.path!;
    let asked = askedFields(o.operation.selectionSet, rootType, fragments);
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      if (typeof key === 'number') continue;
      const matching = asked.filter((f) => responseName(f.node) === key);
      if (matching.length) {
        asked = matching.flatMap((f) => {
          const parent = o.schema.getType(f.typeName);
          const type = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[f.node.name.value] : undefined;
          const named = type ? getNamedType(type.type).name : f.typeName;
          return askedFields(f.node.selectionSet, named, fragments);
        });
        continue;
      }
      // `key` is the gateway's own fetch: point at what the client asked at `prefix` instead.
      const prefix = path.slice(0, i);
      const needing = asked.filter((f) => o.dependents.get(`${f.typeName}.${key}`)?.has(f.node.name.value));
      const nulls = asked.filter((f) => valueAt(o.data, [...prefix, responseName(f.node)]) === null);
      const targets = [...new Set((needing.length ? needing : nulls).map((f) => responseName(f.node)))];
      if (!targets.length) return [prefix.length ? { ...error, path: prefix } : withoutPath(error)];
      return targets.map((t) => ({ ...error, path: [...prefix, t] }));
    }
    return [error];
  }
}

function withoutPath(error: GraphQLFormattedError): GraphQLFormattedError {
  const { path: _path, ...rest } = error;
  return rest;
}

/** One of each error the client would read twice (two parts down behind the same field give the same masked error there). */
export function distinct(errors: GraphQLFormattedError[]): GraphQLFormattedError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify([e.path, e.message, e.extensions]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
