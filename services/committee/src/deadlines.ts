/** The Vietnamese one-sentence explanation stored with a case or an assignment. */
export const explanationSummary = (stored: unknown): string => (stored as { summary?: string } | null)?.summary ?? '';
