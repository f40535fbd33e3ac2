/** Why a file holds no records (lib/records/parse), said wherever files are read: HR's page, My records, the CLI. */
export const files = {
  'file.empty': 'empty file',
  'file.not-json': 'not JSON: {message}',
  'file.not-records': 'JSON, but not a record file: {what}',
  'file.export-version': 'export format version {version} is not supported',
  'file.no-records-list': 'the export has no "records" list',
  'file.array': 'an array with no record in it',
  'file.object-type': 'an object of type {type}',
  'file.object': 'an object without protected/payload/signature',
  'file.value': 'a {type}',
} as const;
