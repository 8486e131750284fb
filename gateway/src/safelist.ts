import type { ApolloServerPlugin } from '@apollo/server';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The hash a persisted-documents manifest (graphql-codegen's client preset,
 * `persistedDocuments`) gives an operation: sha256 of its normalized print. `__typename`
 * fields are dropped first, since Apollo Client adds them to every selection it sends.
 */
export function documentHash(document: DocumentNode): string {
  const withoutTypenames = visit(document, {
    [Kind.FIELD]: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
  return `sha256:${createHash('sha256').update(printExecutableGraphQLDocument(withoutTypenames)).digest('hex')}`;
}

/**
 * Optional, for production (`PERSISTED_QUERIES_SAFELIST=<manifest.json>`): only the
 * operations of the frontends' manifests run; anything else is refused before planning.
 * Automatic persisted queries keep working on top: they save bandwidth, this limits what runs.
 */
export function safelist(manifestPath: string): ApolloServerPlugin {
  const allowed = new Set(Object.keys(JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (allowed.has(documentHash(document))) return;
          throw new GraphQLError('Thao tác này không có trong danh sách được phép (safelist).', {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
