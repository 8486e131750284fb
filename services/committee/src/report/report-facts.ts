import { administrativeUnit } from '@phoihop/core';
import type { CommitteeFigures, CouncilFigures, FrontFigures } from '../generated/graphql';
import type { Jurisdiction } from '../jurisdictions/jurisdiction.entity';

/** Everything the report's text is written from: the place, the year and the three bodies' figures. */
export interface ReportFacts {
  year: number;
  jurisdiction: Pick<Jurisdiction, 'name' | 'level'>;
  /** Today ('YYYY-MM-DD'): what is overdue is overdue as of this day. */
  asOf: string;
  council: CouncilFigures;
  committee: CommitteeFigures;
  front: FrontFigures;
}

/** The administrative unit as reports name the bodies: "HĐND thị xã", "UBND phường". */
export function unitOf(j: Pick<Jurisdiction, 'name' | 'level'>): string {
  return administrativeUnit(j).unit;
}

/** The three bodies of a jurisdiction, named as the regulation names them. */
export function bodiesOf(j: Pick<Jurisdiction, 'name' | 'level'>) {
  const unit = unitOf(j);
  return {
    council: `HĐND ${unit}`,
    councilStanding: `Thường trực HĐND ${unit}`,
    councilOrgans: `Thường trực HĐND, các ban của HĐND ${unit}`,
    committee: `UBND ${unit}`,
    front: `Ủy ban MTTQ Việt Nam ${unit}`,
    frontStanding: `Ban Thường trực Ủy ban MTTQ Việt Nam ${unit}`,
  };
}
