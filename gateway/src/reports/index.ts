export { coordinationReportPage } from './coordination-report.route';
