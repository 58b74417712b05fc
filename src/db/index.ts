// The background's database: one Dexie schema and the queries the handlers use.
export {
  LensDb,
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  UPGRADE_AUTHOR,
} from './schema';
export * from './bios';
export * from './facets';
export * from './records';
export * from './sessions';
export * from './posts';
export * from './authors';
export * from './settings';
export * from './targets';
export * from './health';
export * from './open-guard';
export * from './sync';
export * from './ae-records';
export * from './ae-cases';
export * from './ae-settings';
export * from './ae-sync';
export * from './retention';
export * from './backup';
export * from './author-stats';
export * from './post-filter';
export * from './query';
export * from './key-ranges';
export * from './bulk';
export * from './labels';
