import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/paths';
import { hubspotMapping } from '../formats/hubspot';
import { salesforceMapping } from '../formats/salesforce';
import { loadMappingFile, parseMapping } from './parse-mapping';

describe('mapping files', () => {
  it.each(['northwind', 'maven-crm', 'ravenstack'])('the shipped %s mapping is valid', (name) => {
    const mapping = loadMappingFile(join(PROJECT_ROOT, 'seed', 'mappings', `${name}.json`));
    expect(mapping.name).toBe(name);
  });

  it('the built-in Salesforce and HubSpot mappings pass the same checks', async () => {
    expect(() => parseMapping(JSON.parse(JSON.stringify(salesforceMapping())), 'salesforce')).not.toThrow();
    const hubspot = await hubspotMapping(join(PROJECT_ROOT, 'test', 'import', 'fixtures', 'hubspot'));
    expect(() => parseMapping(JSON.parse(JSON.stringify(hubspot)), 'hubspot')).not.toThrow();
  });

  it('lists every problem at once, each with where it is', () => {
    const bad = {
      name: 'bad',
      files: [
        { file: 'a.csv', record: 'acounts', fields: {} },
        {
          file: 'b.csv',
          record: 'people',
          idPrefix: 'p-',
          fields: {
            id: 'Id',
            name: { column: 'Name', template: '{A}' },
            title: { column: 'Title', trim: true, upper: true },
            reportsToId: { column: 'Boss', ref: 'accounts' },
            status: { value: 'ACTIVE', map: 'x' },
            nickname: 'Nick',
          },
        },
        {
          file: 'c.csv',
          record: 'people',
          idPrefix: 'q-',
          fields: { id: 'Id', name: 'N', accountId: 'A', status: 'S' },
        },
      ],
    };
    let message = '';
    try {
      parseMapping(bad, 'bad.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('files[0].record: one of products, competitors');
    expect(message).toContain(
      'files[1].fields.name: needs exactly one of column, template, value, firstOf, formula (found column, template)',
    );
    expect(message).toContain("files[1].fields.title: unknown option 'upper'");
    expect(message).toContain(
      'files[1].fields.reportsToId.ref: reportsToId refers to people, not "accounts"',
    );
    expect(message).toContain('files[1].fields.status.map: expected an object of value → value');
    expect(message).toContain("files[1].fields.nickname: people has no field 'nickname'");
    expect(message).toContain("files[1].fields: people needs 'accountId'");
  });

  it('refuses two id prefixes for one kind, since references could not tell which applies', () => {
    const mapping = {
      name: 'prefixes',
      files: [
        { file: 'a.csv', record: 'products', idPrefix: 'p-', fields: { id: 'Id', name: 'Name' } },
        { file: 'b.csv', record: 'products', idPrefix: 'q-', fields: { id: 'Id', name: 'Name' } },
      ],
    };
    expect(() => parseMapping(mapping, 'prefixes.json')).toThrow(
      "products: entries use different idPrefix values ('p-', 'q-')",
    );
  });

  it('says what is wrong with a file that is not JSON', () => {
    expect(() => loadMappingFile(join(PROJECT_ROOT, 'package-lock-missing.json'))).toThrow(
      'Cannot read the mapping file',
    );
    expect(() => loadMappingFile(join(PROJECT_ROOT, 'README.md'))).toThrow('is not valid JSON');
  });
});
