// Puppeteer must never download a browser: tests drive Debian's Chromium and Firefox ESR.
module.exports = { skipDownload: true };
