// The custom-elements manifest of @plc-kit/elements, and the editor data built from it.
// `npm run analyze` runs this from packages/elements (so module paths are relative to the package, as
// the schema asks) and writes, next to that package.json:
//   custom-elements.json          the manifest: Storybook's autodocs, the docs tests, tooling
//   vscode.html-custom-data.json  VS Code: tags, attributes, values, docs on hover
//   vscode.css-custom-data.json   VS Code: the --plc-* custom properties and ::part() names
//   web-types.json                JetBrains IDEs: tags, attributes, events, slots, parts, CSS properties
// All four are named in packages/elements/package.json and are generated, never committed.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { displayValue, loadTokens } from './scripts/tokens-reference.mjs';

// The token tables of packages/elements/src/base/tokens.styles.ts: the one source of the base tokens.
const tokens = await loadTokens();
const plain = (value) => displayValue(value, tokens.referenceTokens, tokens.systemTokens).replace(/`/g, '');

/**
 * Elements register through `defineElement('plc-x', PlcX)` (idempotent, see base/define.ts), which the
 * analyzer does not know: record each call as the `custom-element-definition` that
 * `customElements.define('plc-x', PlcX)` would give, so the class gets its `tagName`.
 */
function defineElementCallsPlugin() {
  return {
    name: 'plc-kit: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (node.expression?.getText?.() !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      const imported = context.imports?.find((i) => i.name === className);
      const module = imported && !imported.isBareModuleSpecifier
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1).replace(/\.js$/, '.ts')
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * JSDoc defaults such as `(default: accent)` stay in the description; a `@cssproperty [--x=value]`
 * default is kept. Classes that are not registered (the abstract base, test probes) are not elements:
 * drop their `customElement` flag so Storybook and editors list only real tags.
 */
function onlyRegisteredElementsPlugin() {
  return {
    name: 'plc-kit: only registered classes are custom elements',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class' && declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

/**
 * The system tokens (roles) are documented once, in the token table the CSS is built from: give them,
 * with their light-theme defaults, to the base class and every element built on it, replacing any
 * hand-written copy, so autodocs and editors always show what the CSS really reads.
 */
function baseTokensPlugin() {
  return {
    name: 'plc-kit: base tokens from tokens.styles.ts',
    packageLinkPhase({ customElementsManifest }) {
      const classes = (customElementsManifest.modules ?? []).flatMap((m) =>
        (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => ({ d, path: m.path })),
      );
      const byName = new Map(classes.map(({ d }) => [d.name, d]));
      const extendsBase = (d, seen = new Set()) => {
        if (d.name === 'PlcElement') return true;
        const parent = d.superclass?.name && byName.get(d.superclass.name);
        return !!parent && !seen.has(parent.name) && extendsBase(parent, seen.add(parent.name));
      };
      const base = classes.find(({ d }) => d.name === 'PlcElement');
      for (const { d } of classes) {
        if (!extendsBase(d)) continue;
        const inheritedFrom = d.name === 'PlcElement' ? undefined : { name: 'PlcElement', module: base?.path };
        const documented = tokens.systemTokens.map((t) => ({
          name: t.name,
          description: t.description,
          default: plain(t.values.light),
          ...(inheritedFrom ? { inheritedFrom } : {}),
        }));
        const names = new Set(documented.map((t) => t.name));
        d.cssProperties = [...(d.cssProperties ?? []).filter((p) => !names.has(p.name)), ...documented];
      }
    },
  };
}

/** VS Code's CSS data lists each element's tokens; add the palette (`--plc-ref-*`) too. */
function referenceTokensCssDataPlugin() {
  return {
    name: 'plc-kit: palette tokens in the VS Code CSS data',
    packageLinkPhase() {
      const file = 'vscode.css-custom-data.json';
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const known = new Set(data.properties.map((p) => p.name));
      for (const t of [...tokens.referenceTokens, ...tokens.systemTokens]) {
        if (!known.has(t.name)) data.properties.push({ name: t.name, description: `${t.description} Default: ${plain(t.values.light)}.`, values: [] });
      }
      writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    },
  };
}

/**
 * Attribute types such as `Theme` or `RadarMode` are aliases of string unions, often derived from an
 * `as const` list (`(typeof THEMES)[number]`). Spell them out in the manifest (`'light' | 'dark' | …`)
 * so Storybook offers the values and editors autocomplete them.
 */
function stringUnionTypesPlugin() {
  const lists = new Map();
  const aliases = new Map();
  // `t` is the TypeScript that parsed `node` (the analyzer bundles its own; core is parsed with ours).
  const collect = (t, node) => {
    if (t.isVariableDeclaration(node) && t.isIdentifier(node.name) && node.initializer && t.isAsExpression(node.initializer)) {
      const array = node.initializer.expression;
      if (t.isArrayLiteralExpression(array) && array.elements.every((e) => t.isStringLiteral(e))) {
        lists.set(node.name.text, array.elements.map((e) => e.text));
      }
    }
    if (t.isTypeAliasDeclaration(node) && node.type) {
      const type = node.type;
      if (t.isUnionTypeNode(type) && type.types.every((u) => t.isLiteralTypeNode(u) && t.isStringLiteral(u.literal))) {
        aliases.set(node.name.text, type.types.map((u) => u.literal.text));
      }
      if (t.isIndexedAccessTypeNode(type)) {
        const inner = t.isParenthesizedTypeNode(type.objectType) ? type.objectType.type : type.objectType;
        if (t.isTypeQueryNode(inner)) aliases.set(node.name.text, { list: inner.exprName.getText() });
      }
    }
  };
  // Types the elements import from @plc-kit/core (`CompareBy`, `Spread`, …) are defined there.
  const core = new URL('./packages/core/src/', import.meta.url);
  for (const file of readdirSync(core, { recursive: true }).filter((f) => String(f).endsWith('.ts'))) {
    const source = ts.createSourceFile(String(file), readFileSync(new URL(String(file), core), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      collect(ts, node);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return {
    name: 'plc-kit: spell out string-union types',
    analyzePhase({ ts: analyzerTs, node }) {
      collect(analyzerTs, node);
    },
    packageLinkPhase({ customElementsManifest }) {
      const values = (name) => {
        const alias = aliases.get(name);
        return Array.isArray(alias) ? alias : alias ? lists.get(alias.list) : undefined;
      };
      const spell = (text) =>
        text?.replace(/\b[A-Z]\w*\b/g, (name) => {
          const v = values(name);
          return v ? v.map((x) => `'${x}'`).join(' | ') : name;
        });
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          for (const item of [...(d.attributes ?? []), ...(d.members ?? [])]) {
            if (item.type?.text) item.type.text = spell(item.type.text);
          }
        }
      }
    },
  };
}

const editorOptions = {
  outdir: './',
  descriptionSrc: 'description',
  hideMethodDocs: true,
  hideLogs: true,
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  quiet: true,
  plugins: [
    defineElementCallsPlugin(),
    onlyRegisteredElementsPlugin(),
    stringUnionTypesPlugin(),
    baseTokensPlugin(),
    customElementVsCodePlugin({
      ...editorOptions,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    referenceTokensCssDataPlugin(),
    customElementJetBrainsPlugin({
      ...editorOptions,
      webTypesFileName: 'web-types.json',
      packageJson: false,
    }),
  ],
};
