// No antd import: the unit tests read this file in Node, where antd's types would bring the DOM's.
type NamePath = string | number | readonly (string | number)[];

/** The one thing read from the form (antd's FormInstance has it): which fields it shows. */
interface ShownFields {
  getFieldsValue(all: true, filter: (meta: { name: (string | number)[] } | null) => boolean): unknown;
}

interface FieldErrors {
  name: (string | number)[];
  errors: string[];
}

/** A server field that sits under another form field, e.g. startsOn / endsOn → the date range. */
export type FieldAliases = Readonly<Record<string, NamePath>>;

const pathKey = (path: readonly (string | number)[]): string => JSON.stringify(path.map(String));
const asPath = (name: NamePath): (string | number)[] => (Array.isArray(name) ? [...name] : [name as string]);

/**
 * Places the main side's refusal under the fields it names. A refusal names fields by their
 * path in the call's input ("patch.name", "value.city", "stops.0.arriveOn"); the form holds them
 * as its own names, so the path is matched against the form's fields from the whole path down
 * to its last part. A field the form does not show is left to the message at the top.
 */
export function serverFieldErrors(
  form: ShownFields,
  fields: Readonly<Record<string, string>>,
  aliases: FieldAliases = {},
): FieldErrors[] {
  const shown = new Map<string, (string | number)[]>();
  form.getFieldsValue(true, (meta) => {
    if (meta?.name?.length) shown.set(pathKey(meta.name), meta.name);
    return false;
  });
  const errors = new Map<string, FieldErrors>();
  for (const [key, message] of Object.entries(fields)) {
    const name = fieldOf(key, shown, aliases);
    if (!name) continue;
    const entry = errors.get(pathKey(name)) ?? { name, errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    errors.set(pathKey(name), entry);
  }
  return [...errors.values()];
}

function fieldOf(
  key: string,
  shown: ReadonlyMap<string, (string | number)[]>,
  aliases: FieldAliases,
): (string | number)[] | null {
  const parts = key.split('.');
  for (let from = 0; from < parts.length; from++) {
    const tail = parts.slice(from).join('.');
    if (tail in aliases) return asPath(aliases[tail]!);
    const name = shown.get(pathKey(parts.slice(from)));
    if (name) return name;
  }
  return null;
}
