import { writeFileSync } from 'node:fs';
// Prints one closing line, "tests: N passed, N failed", that people and CI can read at a glance.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      let broken = 0;
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load or threw outside a test has errors but no failed test: count it.
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      failed += broken;
      console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      // npm test runs one engine at a time and adds the runs up into its own closing line.
      if (process.env.PLC_WTR_SUMMARY) writeFileSync(process.env.PLC_WTR_SUMMARY, JSON.stringify({ passed, failed, skipped }));
    },
  };
}
