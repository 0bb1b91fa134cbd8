// Loaded first by every security test page (a classic script, so it runs before any bundle): counts
// what a strict Content-Security-Policy refused and what went wrong, for the test in the parent page.
(function () {
  var record = { violations: [], errors: [] };
  window.__probe = record;
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      record.violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: e.sourceFile,
        line: e.lineNumber,
      });
    },
    true,
  );
  addEventListener('error', function (e) {
    record.errors.push(String((e.error && e.error.stack) || e.message));
  });
  addEventListener('unhandledrejection', function (e) {
    record.errors.push(String((e.reason && e.reason.stack) || e.reason));
  });
})();
