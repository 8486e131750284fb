import { type GraphContext } from '@phoihop/core';
import type { ReportSection } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import type { ReportFacts } from './report-facts';
import { reportSections } from './report-sections';
import { reportSummary } from './report-summary';
import { ReportService, type ReportKey } from './report.service';

/**
 * The report's text. Public like the figures it is written from: the council's and the
 * Front's arrive with the entity (@requires), the committee's and the jurisdiction's are
 * read here through the request's loaders, so `summary` and `sections` together cost the
 * same statements as `committee` alone.
 */
export class ReportNarrativeService {
  constructor(private readonly ctx: GraphContext) {}

  async summary(report: ReportKey): Promise<string> {
    return reportSummary(await this.facts(report));
  }

  async sections(report: ReportKey): Promise<ReportSection[]> {
    return reportSections(await this.facts(report));
  }

  private async facts(report: ReportKey): Promise<ReportFacts> {
    const { council, front } = report;
    // The planner always sends them (@requires); missing means a caller bypassed the gateway's plan.
    if (!council || !front) throw new Error('CoordinationReport text needs the council and front figures (@requires)');
    const [jurisdiction, committee] = await Promise.all([
      new JurisdictionsService(this.ctx, { publicRead: true }).require(report.jurisdictionId),
      new ReportService(this.ctx).figures(report),
    ]);
    return { year: report.year, jurisdiction, asOf: this.ctx.today(), council, committee, front };
  }
}
