// The budgets from design.md, in one place for the bench table and the CI check.
export const bundleBudgets = {
  'plc-checklist': 25,
  'plc-conditions-radar': 75,
  'plc-network-map': 45,
  'plc-kit.js': 130,
};
