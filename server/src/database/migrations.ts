import { ControlInit1790000000000 } from './control-migrations/1790000000000-ControlInit.js';
import { SessionLifecycle1790000100000 } from './control-migrations/1790000100000-SessionLifecycle.js';
import { SandboxInit1790000000000 } from './sandbox-migrations/1790000000000-SandboxInit.js';
import { SalesDocuments1790000100000 } from './sandbox-migrations/1790000100000-SalesDocuments.js';
import { Messages1790000200000 } from './sandbox-migrations/1790000200000-Messages.js';
import { Payments1790000300000 } from './sandbox-migrations/1790000300000-Payments.js';
import { Receivables1790000400000 } from './sandbox-migrations/1790000400000-Receivables.js';
import { SandboxInstructions1790000500000 } from './sandbox-migrations/1790000500000-SandboxInstructions.js';

/** Applied to data/control.sqlite at boot. */
export const CONTROL_MIGRATIONS = [ControlInit1790000000000, SessionLifecycle1790000100000];

/** Applied to every sandbox file when it opens, and to templates when they are built. */
export const SANDBOX_MIGRATIONS = [SandboxInit1790000000000, SalesDocuments1790000100000, Messages1790000200000, Payments1790000300000, Receivables1790000400000, SandboxInstructions1790000500000];

/** Part of every template's content hash: a new sandbox migration rebuilds the templates. */
export const SANDBOX_SCHEMA_VERSION = SANDBOX_MIGRATIONS.map((m) => m.name).join(',');
