/** Export formats and import of our JSON. See `formats.ts` and `import-json.ts`. */
export { EXPORT_FORMATS, exportItems, type ExportFile, type ExportFormat } from './formats.ts';
export {
  IMPORT_LIMITS,
  importCollection,
  parseCollection,
  type ImportReport,
  type ImportSkip,
} from './import-json.ts';
export { COLLECTION_FORMAT, COLLECTION_VERSION } from './json.ts';
