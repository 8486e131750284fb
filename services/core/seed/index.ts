import { stableId } from '../src/ids';

/**
 * The demo directory: one province, the former town of Hồng Lĩnh (district level until
 * 30 June 2025) and the two wards that replaced it. Every service's demo seed refers to
 * these ids, so the records join across subgraphs without reading each other's tables.
 */
const JURISDICTIONS = {
  haTinh: { id: stableId('jurisdiction', '42'), code: '42', name: 'Tỉnh Hà Tĩnh', level: 'PROVINCE', parent: null, activeFrom: '1991-10-01', activeTo: null },
  hongLinh: { id: stableId('jurisdiction', '436'), code: '436', name: 'Thị xã Hồng Lĩnh', level: 'DISTRICT', parent: '42', activeFrom: '1992-08-01', activeTo: '2025-06-30' },
  bacHongLinh: { id: stableId('jurisdiction', '18073'), code: '18073', name: 'Phường Bắc Hồng Lĩnh', level: 'COMMUNE', parent: '42', activeFrom: '2025-07-01', activeTo: null },
  namHongLinh: { id: stableId('jurisdiction', '18074'), code: '18074', name: 'Phường Nam Hồng Lĩnh', level: 'COMMUNE', parent: '42', activeFrom: '2025-07-01', activeTo: null },
} as const;

/** Departments of the new wards (2025 two-level model: an office, an economic and a social department). */
const wardDepartments = {
  bacOffice: { id: stableId('department', '18073-vp'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Văn phòng HĐND và UBND phường Bắc Hồng Lĩnh', kind: 'SPECIALISED_OFFICE', fields: ['COMPLAINTS'] },
  bacEconomy: { id: stableId('department', '18073-kt'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Hồng Lĩnh', kind: 'SPECIALISED_OFFICE', fields: ['LAND', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'ENVIRONMENT', 'FINANCE'] },
  bacSocial: { id: stableId('department', '18073-vhxh'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Phòng Văn hóa – Xã hội phường Bắc Hồng Lĩnh', kind: 'SPECIALISED_OFFICE', fields: ['SOCIAL_POLICY', 'LABOUR', 'EDUCATION', 'HEALTH'] },
  namOffice: { id: stableId('department', '18074-vp'), jurisdiction: JURISDICTIONS.namHongLinh.id, name: 'Văn phòng HĐND và UBND phường Nam Hồng Lĩnh', kind: 'SPECIALISED_OFFICE', fields: ['COMPLAINTS'] },
  namEconomy: { id: stableId('department', '18074-kt'), jurisdiction: JURISDICTIONS.namHongLinh.id, name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Nam Hồng Lĩnh', kind: 'SPECIALISED_OFFICE', fields: ['LAND', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'ENVIRONMENT', 'FINANCE'] },
} as const;

const wardOfficials = {
  bacChair: { id: stableId('official', '18073-chair'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Trần Đình Khánh', position: 'CHAIR', fields: [], department: null },
  bacViceEconomy: { id: stableId('official', '18073-vc-kt'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Nguyễn Thị Thu Trang', position: 'VICE_CHAIR', fields: ['LAND', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'ENVIRONMENT', 'FINANCE'], department: null },
  bacViceSocial: { id: stableId('official', '18073-vc-vx'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Lê Hữu Phước', position: 'VICE_CHAIR', fields: ['SOCIAL_POLICY', 'LABOUR', 'EDUCATION', 'HEALTH', 'COMPLAINTS'], department: null },
  bacHeadEconomy: { id: stableId('official', '18073-head-kt'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Phạm Văn Cường', position: 'DEPARTMENT_HEAD', fields: [], department: wardDepartments.bacEconomy.id },
  bacHeadSocial: { id: stableId('official', '18073-head-vhxh'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Võ Thị Hồng Nhung', position: 'DEPARTMENT_HEAD', fields: [], department: wardDepartments.bacSocial.id },
  bacHeadOffice: { id: stableId('official', '18073-head-vp'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Đoàn Minh Tuấn', position: 'DEPARTMENT_HEAD', fields: [], department: wardDepartments.bacOffice.id },
  /** Ward civil servants who handle denunciations (no inspectorate at ward level since July 2025). */
  bacInspectorOffice: { id: stableId('official', '18073-tt-vp'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Trần Văn Sáng', position: 'INSPECTOR', fields: [], department: wardDepartments.bacOffice.id },
  bacInspectorSocial: { id: stableId('official', '18073-tt-vhxh'), jurisdiction: JURISDICTIONS.bacHongLinh.id, name: 'Nguyễn Thị Bích Ngọc', position: 'INSPECTOR', fields: [], department: wardDepartments.bacSocial.id },
  namChair: { id: stableId('official', '18074-chair'), jurisdiction: JURISDICTIONS.namHongLinh.id, name: 'Hồ Sỹ Lâm', position: 'CHAIR', fields: [], department: null },
  namHeadEconomy: { id: stableId('official', '18074-head-kt'), jurisdiction: JURISDICTIONS.namHongLinh.id, name: 'Thái Văn Quang', position: 'DEPARTMENT_HEAD', fields: [], department: wardDepartments.namEconomy.id },
} as const;

export const DEMO = {
  jurisdictions: JURISDICTIONS,
  wardDepartments,
  wardOfficials,
  departments: {
    office: { id: stableId('department', '436-vp'), name: 'Văn phòng HĐND và UBND thị xã', kind: 'SPECIALISED_OFFICE' },
    natural: { id: stableId('department', '436-tnmt'), name: 'Phòng Tài nguyên và Môi trường', kind: 'SPECIALISED_OFFICE', fields: ['LAND', 'ENVIRONMENT'] },
    urban: { id: stableId('department', '436-qldt'), name: 'Phòng Quản lý đô thị', kind: 'SPECIALISED_OFFICE', fields: ['CONSTRUCTION', 'TRANSPORT', 'URBAN'] },
    labour: { id: stableId('department', '436-ldtbxh'), name: 'Phòng Lao động – Thương binh và Xã hội', kind: 'SPECIALISED_OFFICE', fields: ['SOCIAL_POLICY', 'LABOUR'] },
    finance: { id: stableId('department', '436-tckh'), name: 'Phòng Tài chính – Kế hoạch', kind: 'SPECIALISED_OFFICE', fields: ['FINANCE', 'INVESTMENT'] },
    education: { id: stableId('department', '436-gddt'), name: 'Phòng Giáo dục và Đào tạo', kind: 'SPECIALISED_OFFICE', fields: ['EDUCATION'] },
    inspectorate: { id: stableId('department', '436-tt'), name: 'Thanh tra thị xã', kind: 'INSPECTORATE', fields: ['COMPLAINTS'] },
  },
  officials: {
    chair: { id: stableId('official', 'chair'), name: 'Nguyễn Hoàng Nguyên', position: 'CHAIR' },
    viceChairEconomy: { id: stableId('official', 'vc-economy'), name: 'Trần Thị Ngọc Huyền', position: 'VICE_CHAIR', fields: ['LAND', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'FINANCE', 'INVESTMENT', 'ENVIRONMENT'] },
    viceChairSocial: { id: stableId('official', 'vc-social'), name: 'Lê Văn Tùng', position: 'VICE_CHAIR', fields: ['SOCIAL_POLICY', 'LABOUR', 'EDUCATION', 'HEALTH', 'COMPLAINTS'] },
    headNatural: { id: stableId('official', 'head-tnmt'), name: 'Phan Đình Hùng', position: 'DEPARTMENT_HEAD', department: 'natural' },
    headUrban: { id: stableId('official', 'head-qldt'), name: 'Đặng Quốc Bảo', position: 'DEPARTMENT_HEAD', department: 'urban' },
    headLabour: { id: stableId('official', 'head-ldtbxh'), name: 'Hoàng Thị Mai', position: 'DEPARTMENT_HEAD', department: 'labour' },
    chiefInspector: { id: stableId('official', 'head-tt'), name: 'Võ Minh Châu', position: 'DEPARTMENT_HEAD', department: 'inspectorate' },
    inspector: { id: stableId('official', 'inspector'), name: 'Bùi Thị Thu Hà', position: 'INSPECTOR', department: 'inspectorate' },
    staffNatural: { id: stableId('official', 'staff-tnmt'), name: 'Ngô Văn Lợi', position: 'STAFF', department: 'natural' },
  },
  delegates: {
    councilChair: { id: stableId('delegate', 'chair'), name: 'Nguyễn Thăng Long' },
    councilVice: { id: stableId('delegate', 'vice'), name: 'Trần Thị Thanh Hằng' },
    legalHead: { id: stableId('delegate', 'ban-phap-che'), name: 'Lê Quang Vinh' },
    ecoHead: { id: stableId('delegate', 'ban-ktxh'), name: 'Phạm Thị Hương' },
    delegate1: { id: stableId('delegate', 'd1'), name: 'Đinh Xuân Thành' },
    delegate2: { id: stableId('delegate', 'd2'), name: 'Nguyễn Thị Lan' },
  },
  front: {
    chair: { id: stableId('front-official', 'chair'), name: 'Nguyễn Văn Định' },
  },
} as const;
