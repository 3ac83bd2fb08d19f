import type { Migration } from './migration';
import { migration001 } from './001-records';
import { migration002 } from './002-scans';
import { migration003 } from './003-page-tools';
import { migration004 } from './004-review';
import { migration005 } from './005-export';
import { migration006 } from './006-scanned-by';
import { migration007 } from './007-batch-placements';
import { migration008 } from './008-dashboard-times';
import { migration009 } from './009-owners';
import { migration010 } from './010-reading-method';
import { migration011 } from './011-licences';
import { migration012 } from './012-dossier-kind-retired';
import { migration013 } from './013-dossier-window';

/** Every migration in version order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
