import { expect } from '@open-wc/testing';
import { validateDocument, type ParseOptions } from '../../../src/core/indicator/validate.js';
import type { DataIssue } from '../../../src/core/indicator/types.js';

/**
 * The shared cases of `document-cases.json`: `test/tools/check-schema.mjs` runs them through the JSON Schema (Ajv,
 * in Node), this test through the runtime validator. `schema` and `validator` say what each must answer; where
 * they differ, the difference is deliberate (the schema is strict about unknown members, the validator warns;
 * only the validator knows the province list and the sign rules).
 */
interface DocumentCase {
  name: string;
  document: unknown;
  options?: ParseOptions;
  schema: boolean;
  validator: boolean;
  issue?: Partial<DataIssue>;
  warning?: Partial<DataIssue>;
}

describe('document cases shared with the JSON Schema check', () => {
  let cases: DocumentCase[] = [];

  before(async () => {
    cases = (await (await fetch('/test/core/indicator/document-cases.json')).json()) as DocumentCase[];
  });

  it('document-cases.json holds valid and invalid cases', () => {
    expect(cases.filter((c) => c.validator).length).to.be.greaterThan(3);
    expect(cases.filter((c) => !c.validator).length).to.be.greaterThan(10);
  });

  it('validateDocument answers each case as its "validator" member says, with the named error first', () => {
    for (const testCase of cases) {
      const result = validateDocument(testCase.document, testCase.options);
      expect(result.ok, testCase.name).to.equal(testCase.validator);
      const firstError = result.ok ? undefined : result.issues.find((issue) => issue.severity === 'error');
      if (testCase.issue) expect(firstError, testCase.name).to.deep.include(testCase.issue);
      if (result.ok && testCase.warning)
        expect(result.warnings[0], testCase.name).to.deep.include(testCase.warning);
      if (result.ok && !testCase.warning) expect(result.warnings, testCase.name).to.deep.equal([]);
    }
  });
});
