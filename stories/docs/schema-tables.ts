// Rows of the "Data format" docs page, read from the JSON Schema (so the page cannot drift from it).
import schema from '../../src/schema/indicator.schema.json';

interface SchemaNode {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  minimum?: number;
  maximum?: number;
}

const defs = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;

/** A short type text: `string`, `number`, `"a" | "b"`, `→ period`, `array of → observation`. */
function typeText(node: SchemaNode): string {
  if (node.$ref) return `→ ${node.$ref.split('/').pop()}`;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = node.oneOf ?? node.anyOf;
  if (union) return union.map(typeText).join(' or ');
  if (node.type === 'array' && node.items) return `array of ${typeText(node.items)}`;
  const range =
    node.minimum !== undefined || node.maximum !== undefined
      ? ` ${node.minimum ?? ''}–${node.maximum ?? ''}`
      : '';
  return `${Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any')}${range}`;
}

function referencedDescription(ref: string | undefined): string {
  return ref === undefined ? '' : (defs[ref.split('/').pop()!]?.description ?? '');
}

export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** The fields of the definition `name` of the schema. */
export function fieldsOf(name: string): FieldRow[] {
  const node = defs[name];
  if (!node?.properties) return [];
  return Object.entries(node.properties).map(([field, child]) => ({
    name: field,
    type: typeText(child),
    required: node.required?.includes(field) ?? false,
    description: child.description ?? referencedDescription(child.$ref ?? child.items?.$ref),
  }));
}

/** The description and type of the definition `name`. */
export function definitionOf(name: string): { description: string; type: string } {
  const node = defs[name] ?? {};
  return { description: node.description ?? '', type: typeText(node) };
}

export const SCHEMA_ID = (schema as { $id: string }).$id;
export const SCHEMA_TITLE = (schema as { title: string }).title;
export const DEFINITIONS = Object.keys(defs);
