import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { computeDeadline, type DeadlineInput, type DeadlineResult } from './deadlines/compute';
import { badInput } from './errors';
import { referenceData } from './reference/reference-data';

/** The rules' field names (`input.start`, `input.explicitDue`, `input.suspensions`) → the caller's input fields. */
export type DeadlineFieldMap = Record<string, string>;

export type DeadlineCalculator = (input: DeadlineInput) => DeadlineResult;

function renamed(error: unknown, fields: DeadlineFieldMap): unknown {
  if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') return error;
  const field = String(error.extensions.field ?? '');
  const key = Object.keys(fields).find((k) => field === k || field.startsWith(`${k}.`));
  return key ? badInput(fields[key], error.message) : error;
}

/**
 * Reads the rules and the calendar (cached) and returns a synchronous calculator. Call it
 * before opening a transaction: a cache miss then never holds a pooled connection while it
 * waits for another. Rule errors name the caller's fields, not the rules' own.
 */
export async function deadlineCalculator(db: DataSource, fields: DeadlineFieldMap = {}): Promise<DeadlineCalculator> {
  const [rules, calendar] = await Promise.all([referenceData.loadRules(db), referenceData.loadCalendar(db)]);
  return (input) => {
    try {
      return computeDeadline(input, rules, calendar);
    } catch (error) {
      throw renamed(error, fields);
    }
  };
}

/** `CODE@version`, the form stored on an item and sent on the outbox. */
export const ruleRef = (result: Pick<DeadlineResult, 'rule'>): string => `${result.rule.code}@${result.rule.version}`;
