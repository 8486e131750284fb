/** The ledger row's columns (alias `d`), as core's visibility rule reads a tracked item. */
export const LEDGER_COLUMNS = { kind: 'd.item_kind', jurisdiction: 'd.jurisdiction_id', department: 'd.assignee_department_id', raisedBy: 'd.raised_by' };
