export { coordinationReport } from './coordination-report.route';
