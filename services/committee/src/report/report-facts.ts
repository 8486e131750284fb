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

// Longest first: "Thành phố" before a hypothetical "Thành".
const UNITS = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Huyện', 'Quận', 'Phường', 'Tỉnh', 'Xã'];
const UNIT_BY_LEVEL: Record<Jurisdiction['level'], string> = { PROVINCE: 'tỉnh', DISTRICT: 'huyện', COMMUNE: 'xã' };

/**
 * The administrative unit as reports name the bodies: "HĐND thị xã", "UBND phường". Taken
 * from the jurisdiction's name ("Thị xã Hồng Lĩnh"), else from its level.
 */
export function unitOf(j: Pick<Jurisdiction, 'name' | 'level'>): string {
  const name = j.name.normalize('NFC');
  const unit = UNITS.find((u) => name.startsWith(`${u} `));
  return unit ? unit.toLowerCase() : UNIT_BY_LEVEL[j.level];
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
