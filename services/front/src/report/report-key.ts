/** The key of `CoordinationReport` (the codegen mapper): one jurisdiction's year. */
export interface ReportKey {
  jurisdictionId: string;
  year: number;
}
