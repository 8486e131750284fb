import { GraphQLError, Kind } from 'graphql';
import { decodeTypedCursor, type CursorShape } from '../src/cursor';
import { DateScalar, isIsoDate } from '../src/scalars';

const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
const UUID = '0c1d6e0a-3a4b-5c6d-8e9f-0a1b2c3d4e5f';

describe('Date scalar', () => {
  it.each([
    ['2026-11-27', true],
    ['1900-01-01', true],
    ['2100-12-31', true],
    ['0000-01-01', false],
    ['1899-12-31', false],
    ['2101-01-01', false],
    ['2026-02-29', false],
    ['2026-13-01', false],
  ])('%s → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
    const parse = () => DateScalar.parseLiteral({ kind: Kind.STRING, value }, {});
    if (ok) expect(parse()).toBe(value);
    else expect(parse).toThrow(GraphQLError);
  });
});

describe('typed cursors', () => {
  const cases: Array<[string, CursorShape, unknown, boolean]> = [
    ['a date list', { sort: 'date', id: 'uuid' }, ['2026-11-27', UUID], true],
    ['a date list, text sort', { sort: 'date', id: 'uuid' }, ['x', UUID], false],
    ['a date list, year 0', { sort: 'date', id: 'uuid' }, ['0000-01-01', UUID], false],
    ['a date list, id not a UUID', { sort: 'date', id: 'uuid' }, ['2026-11-27', 'y'], false],
    ['a nullable date', { sort: 'date', id: 'uuid' }, [null, UUID], true],
    ['a name list', { sort: 'text', id: 'uuid' }, ['Phòng Tài nguyên', UUID], true],
    ['a name list, NUL byte', { sort: 'text', id: 'uuid' }, ['a\u0000', UUID], false],
    ['a name list, number', { sort: 'text', id: 'uuid' }, [5, UUID], false],
    ['an int list', { sort: 'int', id: 'uuid' }, [2026, UUID], true],
    ['an int list, out of int4', { sort: 'int', id: 'uuid' }, [2 ** 40, UUID], false],
    ['an int list, string', { sort: 'int', id: 'uuid' }, ['2026', UUID], false],
    ['a timestamp list', { sort: 'timestamp', id: 'uuid' }, ['2026-11-27T02:00:00.000Z', UUID], true],
    ['a timestamp list, date only', { sort: 'timestamp', id: 'uuid' }, ['2026-11-27', UUID], false],
    ['a history by bigint id', { sort: 'bigint', id: 'bigint' }, ['42', '42'], true],
    ['a history by bigint id, uuid', { sort: 'bigint', id: 'bigint' }, ['42', UUID], false],
    ['a history by bigint id, text', { sort: 'bigint', id: 'bigint' }, ['4x', '42'], false],
    ['unknown kinds, scalar values', {}, ['x', UUID], true],
    ['unknown kinds, object sort', {}, [{ a: 1 }, UUID], false],
    ['unknown kinds, id neither uuid nor integer', {}, ['x', 'y'], false],
  ];
  it.each(cases)('%s', (_, shape, values, ok) => {
    const decode = () => decodeTypedCursor(cursor(values), shape);
    if (ok) expect(decode()).toEqual(values);
    else expect(decode).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
  });

  it.each(['!!!', cursor({ a: 1 }), cursor(['2026-11-27']), cursor(['2026-11-27', UUID, 1])])('refuses %s, which is no [sort, id] pair', (c) => {
    expect(() => decodeTypedCursor(c, { sort: 'date', id: 'uuid' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});
