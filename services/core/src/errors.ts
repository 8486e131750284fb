import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'CONFLICT';

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Bad input: names the field at fault (a dotted path into the input, e.g. `input.dueDate`). */
export const badInput = (field: string, message: string) => coded('BAD_USER_INPUT', message, { field });
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => coded('FORBIDDEN', message);
export const unauthenticated = (message = 'Cần đăng nhập.') => coded('UNAUTHENTICATED', message);
export const notFound = (type: string, id: string, field?: string) =>
  coded('NOT_FOUND', `${type} ${id} not found`, { type, id, ...(field ? { field } : {}) });
export const conflict = (message: string, field?: string) => coded('CONFLICT', message, field ? { field } : {});

export function errorCode(error: unknown): string | undefined {
  return error instanceof GraphQLError ? (error.extensions?.code as string | undefined) : undefined;
}
