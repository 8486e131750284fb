import type { QueryExpressionMap } from 'typeorm/query-builder/QueryExpressionMap';
import { badInput } from './errors';
import { isUuid } from './ids';
import { isIsoDate, MAX_YEAR, MIN_YEAR } from './scalars';

/** What a list is sorted by, as its cursor carries it. */
export type SortKind = 'date' | 'text' | 'int' | 'bigint' | 'timestamp';
/** The type of a list's row ids (most are UUIDs; some histories page by bigint ids). */
export type IdKind = 'uuid' | 'bigint';

const INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const INTEGER = /^-?\d{1,18}$/;
const INT4 = 2 ** 31;

const fitsSort: Record<SortKind, (v: unknown) => boolean> = {
  date: (v) => typeof v === 'string' && isIsoDate(v),
  timestamp: (v) => {
    const m = typeof v === 'string' ? INSTANT.exec(v) : null;
    return !!m && Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR && !Number.isNaN(Date.parse(v as string));
  },
  int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < INT4,
  // pg returns int8 as a string.
  bigint: (v) => (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && INTEGER.test(v)),
  // Postgres refuses NUL in text.
  text: (v) => typeof v === 'string' && !v.includes('\u0000'),
};

const fitsId: Record<IdKind, (v: unknown) => boolean> = {
  uuid: (v) => typeof v === 'string' && isUuid(v),
  bigint: (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && INTEGER.test(v) && !v.startsWith('-')),
};

export interface CursorShape {
  /** Unknown (an SQL expression the entity metadata does not name): any string or number. */
  sort?: SortKind;
  /** Unknown: a UUID or an integer. */
  id?: IdKind;
}

/**
 * A cursor as this list wrote it: `[sortValue, id]` of the expected types, so a forged or
 * foreign cursor is BAD_USER_INPUT on `after` and never reaches Postgres as a cast error.
 * A null sort value is what a nullable column writes, and compares harmlessly.
 */
export function decodeTypedCursor(cursor: string, shape: CursorShape, field = 'after'): [unknown, unknown] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'Invalid cursor');
  }
  if (!Array.isArray(v) || v.length !== 2) throw badInput(field, 'Invalid cursor');
  const [sort, id] = v as [unknown, unknown];
  const sortOk = sort === null || (shape.sort ? fitsSort[shape.sort](sort) : typeof sort === 'string' ? fitsSort.text(sort) : fitsSort.int(sort));
  const idOk = shape.id ? fitsId[shape.id](id) : fitsId.uuid(id) || fitsId.bigint(id);
  if (!sortOk || !idOk) throw badInput(field, 'Invalid cursor');
  return [sort, id];
}

/** A query builder, read for its aliases and selections only. */
type Query = { readonly expressionMap: QueryExpressionMap };

const KIND_OF_TYPE: Record<string, SortKind> = {
  date: 'date',
  timestamptz: 'timestamp',
  'timestamp with time zone': 'timestamp',
  timestamp: 'timestamp',
  'timestamp without time zone': 'timestamp',
  int: 'int',
  int2: 'int',
  int4: 'int',
  integer: 'int',
  smallint: 'int',
  int8: 'bigint',
  bigint: 'bigint',
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  citext: 'text',
};

function columnType(qb: Query, column: string): string | undefined {
  const [alias, name] = column.split('.');
  const meta = qb.expressionMap.aliases.find((a) => a.name === alias && a.hasMetadata)?.metadata;
  const col = meta?.columns.find((c) => c.databaseName === name || c.propertyName === name);
  if (!col) return undefined;
  if (typeof col.type === 'string') return col.type;
  return col.type === Number ? 'int' : col.type === String ? 'text' : col.type === Date ? 'timestamptz' : undefined;
}

/** The kind of an `alias.column` sort, read from the entity metadata; undefined for expressions. */
export function sortKindOf(qb: Query, column: string): SortKind | undefined {
  const type = columnType(qb, column);
  return type ? KIND_OF_TYPE[type] : undefined;
}

export function idKindOf(qb: Query, column: string): IdKind | undefined {
  const type = columnType(qb, column);
  if (type === 'uuid') return 'uuid';
  return type && /int|serial/.test(type) ? 'bigint' : undefined;
}

/** The `x.col` a grouped source selects `AS <alias>`, when it is a plain column. */
export function selectedColumn(qb: Query, alias: 'sort' | 'id'): string | undefined {
  for (const s of qb.expressionMap.selects) {
    const m = /^\s*(\w+\.\w+)(?:\s+AS\s+"?(\w+)"?)?\s*$/i.exec(s.selection);
    if (m && (m[2] ?? s.aliasName) === alias) return m[1];
  }
  return undefined;
}
