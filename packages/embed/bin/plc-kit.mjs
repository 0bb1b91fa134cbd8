#!/usr/bin/env node
// `npx plc-kit scorm --element plc-checklist --framework plc-or-not --lang en --out plc-or-not.zip`
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scormPackage, UsageError, ELEMENTS } from '../lib/scorm-package.mjs';

const HELP = `plc-kit: PLC Kit's command line

  plc-kit scorm --element <tag> [options]   write a SCORM 1.2 package (zip) for an LMS

Options for scorm:
  --element <tag>      ${Object.keys(ELEMENTS).join(', ')}
  --framework <id>     a built-in framework of the element's kind (e.g. plc-or-not, conditions-for-success)
  --lang <en|cy>       language of the activity (default en)
  --theme <name>       light, dark, auto or high-contrast
  --mode <mode>        the element's mode (the radar's "rate" mode for a self-rating)
  --attr <name=value>  any other attribute of the element (repeatable)
  --title <text>       title shown in the LMS (default: the framework's title)
  --mastery <0-100>    pass mark as a percentage; the LMS then records passed/failed
  --bundle <element|kit>  ship only this element's bundle (default) or the whole kit
  --out <file.zip>     where to write (default: <framework or element>.zip)
  --rebuild            build the bundles from the sources even if packages/embed/dist exists

Example:
  npx plc-kit scorm --element plc-conditions-radar --mode rate --framework conditions-for-success --lang cy --out radar-cy.zip
`;

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command !== 'scorm') throw new UsageError(`unknown command "${command}"`);
  const { values } = parseArgs({
    args: rest,
    options: {
      element: { type: 'string' },
      framework: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      mode: { type: 'string' },
      attr: { type: 'string', multiple: true },
      title: { type: 'string' },
      mastery: { type: 'string' },
      bundle: { type: 'string' },
      out: { type: 'string' },
      rebuild: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.bundle && values.bundle !== 'element' && values.bundle !== 'kit') throw new UsageError('--bundle must be element or kit');
  const result = await scormPackage({ ...values, attrs: values.attr });
  const out = values.out ?? `${values.framework ?? values.element}.zip`;
  writeFileSync(out, result.zip);
  process.stdout.write(
    `Wrote ${out}: SCORM 1.2 package "${result.title}" (${result.files.length} files, ${(result.zip.length / 1024).toFixed(1)} kB).\n` +
      `Upload it to your LMS as a SCORM package (Moodle: Add an activity → SCORM package).\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      process.stderr.write(`plc-kit: ${error.message}\n\nRun "plc-kit help" for the options.\n`);
      process.exit(2);
    }
    process.stderr.write(`plc-kit: ${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
