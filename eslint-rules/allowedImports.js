// An allow-list for what a folder may import, checked on the resolved path rather than on the
// specifier's spelling, so `../../../main/x` is caught at any depth. Options:
//   inside    folders (repo-relative) that relative imports may reach
//   data      a pattern for other repo files that may be imported (static JSON data)
//   alias     import prefixes allowed as such (e.g. '@contract/')
//   packages  npm packages allowed (a package's subpaths too)
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = dirname(dirname(new URL(import.meta.url).pathname));

const packageOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

export const allowedImports = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          inside: { type: 'array', items: { type: 'string' } },
          data: { type: 'string' },
          alias: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          why: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: { outside: '{{spec}}: {{why}}' },
  },
  create(context) {
    const {
      inside = [],
      data,
      alias = [],
      packages = [],
      why = 'not on the allow-list',
    } = context.options[0] ?? {};
    const allowed = (spec) => {
      if (spec.startsWith('.')) {
        const target = relative(ROOT, resolve(dirname(context.filename), spec))
          .split(sep)
          .join('/');
        return (
          inside.some((dir) => target === dir || target.startsWith(`${dir}/`)) ||
          (data !== undefined && new RegExp(data).test(target))
        );
      }
      if (alias.some((prefix) => spec.startsWith(prefix))) return true;
      return packages.includes(packageOf(spec));
    };
    const check = (node) => {
      const spec = node.source?.type === 'Literal' ? node.source.value : null;
      if (typeof spec === 'string' && !allowed(spec))
        context.report({ node: node.source, messageId: 'outside', data: { spec, why } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
